package org.maillage.json.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.maillage.core.codelist.EpciLegalType;

/**
 * The territorial skeleton of a generated dataset: régions and départements with their real codes,
 * names, commune counts and populations (INSEE COG 2026), and within each département synthetic
 * communes with INSEE-shaped codes, partitioned into EPCI and into TVS. Only arrays of a few tens
 * of thousands of entries: the bulk of a dataset (observations) is generated on the fly from it.
 *
 * <p>Each département draws from its own random stream, and the EPCI and TVS quotas are computed
 * over all of France before the scope is cut, so a département or a région generated alone is
 * exactly its part of the France dataset for the same seed.
 */
final class Geography {

    /** EPCI à fiscalité propre in France (1,255 on 1 January 2025). */
    static final int EPCI_TOTAL = 1_250;
    /** Territoires de vie-santé in France (DREES). */
    static final int TVS_TOTAL = 2_800;
    /** CLS in France (about 1,000 signed or in force). */
    static final int CLS_TOTAL = 1_000;
    /** CPTS in France. */
    static final int CPTS_TOTAL = 800;
    /** GHT in France. */
    static final int GHT_TOTAL = 136;
    /** FINESS sites (établissements) in France in the generated categories. */
    static final int FACILITY_TOTAL = 12_000;
    /** Public hospital legal entities per GHT: one support and four members. */
    static final int HOSPITALS_PER_GHT = 5;
    /** The census year of the generated populations. */
    static final int POPULATION_YEAR = 2023;

    /** A région. */
    record Region(String code, String name) {}

    /**
     * A département of the scope.
     *
     * @param ordinal its rank among the 101 départements, the key of its random stream
     * @param firstCommune the index of its first commune in the commune arrays
     * @param communes how many communes it has
     * @param epci how many EPCI it has (its share of {@link #EPCI_TOTAL})
     * @param firstEpciNumber the national rank of its first EPCI, from which SIRENs are made
     */
    record Departement(int ordinal, String code, String region, String name, int firstCommune, int communes,
            long population, int epci, int firstEpciNumber, int tvs, Quota cls, Quota cpts, Quota ght,
            Quota facilities) {}

    /**
     * A département's share of a national count.
     *
     * @param count how many it has
     * @param first the national rank of its first one, from which stable ids and numbers are made
     */
    record Quota(int count, int first) {
        static Quota[] of(int[] weights, int total, int[] cap) {
            int[] share = apportion(weights, total, weights);
            Quota[] q = new Quota[weights.length];
            int first = 0;
            for (int i = 0; i < weights.length; i++) {
                int n = cap == null ? share[i] : Math.min(share[i], cap[i]);
                q[i] = new Quota(n, first);
                first += n;
            }
            return q;
        }
    }

    private static final long STREAM_DEPARTEMENT = 1;

    final List<Region> regions = new ArrayList<>();
    final List<Departement> departements = new ArrayList<>();
    final String[] communeCode;
    final String[] communeName;
    final long[] communePopulation;
    final int[] communeDepartement;
    /** EPCI i holds communes [epciStart[i], epciStart[i + 1]) of the arrays; one more entry than EPCI. */
    final int[] epciStart;
    final String[] epciName;
    final EpciLegalType[] epciType;
    final int[] epciNumber;
    final int[] epciDepartement;
    /** TVS i holds communes [tvsStart[i], tvsStart[i + 1]). */
    final int[] tvsStart;
    final String[] tvsName;
    final int[] tvsDepartement;

    private Geography(int communes, int epci, int tvs) {
        communeCode = new String[communes];
        communeName = new String[communes];
        communePopulation = new long[communes];
        communeDepartement = new int[communes];
        epciStart = new int[epci + 1];
        epciName = new String[epci];
        epciType = new EpciLegalType[epci];
        epciNumber = new int[epci];
        epciDepartement = new int[epci];
        tvsStart = new int[tvs + 1];
        tvsName = new String[tvs];
        tvsDepartement = new int[tvs];
    }

    int communeCount() {
        return communeCode.length;
    }

    int epciCount() {
        return epciName.length;
    }

    int tvsCount() {
        return tvsName.length;
    }

    /** Builds the skeleton of a size for a seed. */
    static Geography plan(DatasetSize size, long seed) {
        List<String[]> depRows = csv("departements.csv");
        List<String[]> regionRows = csv("regions.csv");
        int n = depRows.size();
        int[] communes = new int[n];
        for (int i = 0; i < n; i++) {
            communes[i] = Integer.parseInt(depRows.get(i)[3]);
        }
        // An EPCI groups at least two communes: Paris, a département of one commune, has none here.
        int[] pairs = new int[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = communes[i] / 2;
        }
        int[] epci = apportion(communes, EPCI_TOTAL, pairs);
        int[] tvs = apportion(communes, TVS_TOTAL, communes);
        Quota[] cls = Quota.of(communes, CLS_TOTAL, epci);
        Quota[] cpts = Quota.of(communes, CPTS_TOTAL, epci);
        Quota[] ght = Quota.of(communes, GHT_TOTAL, null);
        Quota[] facilities = Quota.of(communes, FACILITY_TOTAL, null);

        List<Integer> inScope = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] row = depRows.get(i);
            boolean keep = switch (size) {
                case DEPARTEMENT -> size.scope().contains(row[0]);
                case REGION -> size.scope().contains(row[1]);
                case FRANCE, FRANCE_10Y -> true;
            };
            if (keep) {
                inScope.add(i);
            }
        }
        int totalCommunes = 0;
        int totalEpci = 0;
        int totalTvs = 0;
        for (int i : inScope) {
            totalCommunes += communes[i];
            totalEpci += epci[i];
            totalTvs += tvs[i];
        }
        Geography g = new Geography(totalCommunes, totalEpci, totalTvs);
        for (String[] row : regionRows) {
            boolean used = inScope.stream().anyMatch(i -> depRows.get(i)[1].equals(row[0]));
            if (used) {
                g.regions.add(new Region(row[0], row[1]));
            }
        }
        int[] epciBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            epciBefore[i + 1] = epciBefore[i] + epci[i];
        }
        int c = 0;
        int e = 0;
        int t = 0;
        for (int i : inScope) {
            String[] row = depRows.get(i);
            Departement d = new Departement(i, row[0], row[1], row[2], c, communes[i], Long.parseLong(row[4]),
                    epci[i], epciBefore[i], tvs[i], cls[i], cpts[i], ght[i], facilities[i]);
            int depIndex = g.departements.size();
            g.departements.add(d);
            SplittableRandom r = Seeds.random(seed, STREAM_DEPARTEMENT, i);
            g.fillCommunes(d, depIndex, r);
            g.fillEpci(d, depIndex, e, r);
            g.fillTvs(d, depIndex, t, r);
            c += d.communes();
            e += d.epci();
            t += d.tvs();
        }
        g.epciStart[e] = c;
        g.tvsStart[t] = c;
        return g;
    }

    private void fillCommunes(Departement d, int depIndex, SplittableRandom r) {
        String code = d.code();
        boolean overseas = code.length() == 3;
        int width = overseas ? 2 : 3;
        int max = overseas ? 99 : 999;
        int next = 1;
        int chefLieu = r.nextInt(d.communes());
        double[] weight = new double[d.communes()];
        double others = 0;
        for (int k = 0; k < d.communes(); k++) {
            int c = d.firstCommune() + k;
            int remaining = d.communes() - k;
            // Real codes have gaps (communes merged away); leave some when there is room.
            if (next + remaining + 1 <= max && r.nextInt(8) == 0) {
                next++;
            }
            communeCode[c] = code + pad(next, width);
            next++;
            communeName[c] = Names.commune(r);
            communeDepartement[c] = depIndex;
            weight[k] = Math.exp(1.4 * Seeds.gaussian(r));
            if (k != chefLieu) {
                others += weight[k];
            }
        }
        // The chef-lieu holds about a sixth of the département's population.
        weight[chefLieu] = d.communes() == 1 ? 1.0 : others / 5.0;
        double total = others + weight[chefLieu];
        for (int k = 0; k < d.communes(); k++) {
            communePopulation[d.firstCommune() + k] = Math.max(1, Math.round(d.population() * weight[k] / total));
        }
    }

    private void fillEpci(Departement d, int depIndex, int first, SplittableRandom r) {
        int[] cuts = cuts(d.communes(), d.epci(), 2, r);
        long biggest = -1;
        int biggestEpci = -1;
        for (int k = 0; k < d.epci(); k++) {
            int i = first + k;
            epciStart[i] = d.firstCommune() + cuts[k];
            epciName[i] = Names.area(r);
            epciNumber[i] = d.firstEpciNumber() + k + 1;
            epciDepartement[i] = depIndex;
            long pop = 0;
            for (int c = d.firstCommune() + cuts[k]; c < d.firstCommune() + cuts[k + 1]; c++) {
                pop += communePopulation[c];
            }
            epciType[i] = pop >= 400_000 ? EpciLegalType.METRO
                    : pop >= 300_000 ? EpciLegalType.CU
                    : pop >= 65_000 ? EpciLegalType.CA
                    : EpciLegalType.CC;
            if (pop > biggest) {
                biggest = pop;
                biggestEpci = i;
            }
        }
        if (d.code().equals("69")) {
            epciType[biggestEpci] = EpciLegalType.MET69;
        }
    }

    private void fillTvs(Departement d, int depIndex, int first, SplittableRandom r) {
        int[] cuts = cuts(d.communes(), d.tvs(), 1, r);
        for (int k = 0; k < d.tvs(); k++) {
            int i = first + k;
            tvsStart[i] = d.firstCommune() + cuts[k];
            tvsName[i] = communeName[tvsStart[i]];
            tvsDepartement[i] = depIndex;
        }
    }

    /**
     * Cut points 0 = c0 < c1 < … < ck = n splitting n items into k contiguous groups of at least
     * {@code min} items (n ≥ k × min).
     */
    private static int[] cuts(int total, int k, int min, SplittableRandom r) {
        // Cut n = total - k × (min - 1) items into groups of at least one, then widen each by min - 1.
        int n = total - k * (min - 1);
        int[] cuts = new int[k + 1];
        if (k > 1) {
            // k - 1 distinct points among 1 .. n - 1 (partial Fisher-Yates over the candidates).
            int[] candidates = new int[n - 1];
            for (int i = 0; i < n - 1; i++) {
                candidates[i] = i + 1;
            }
            for (int i = 0; i < k - 1; i++) {
                int j = i + r.nextInt(n - 1 - i);
                int tmp = candidates[i];
                candidates[i] = candidates[j];
                candidates[j] = tmp;
            }
            System.arraycopy(candidates, 0, cuts, 1, k - 1);
            Arrays.sort(cuts, 1, k);
        }
        for (int i = 1; i < k; i++) {
            cuts[i] += i * (min - 1);
        }
        cuts[k] = total;
        return cuts;
    }

    /**
     * Shares a total among départements in proportion to their commune counts (largest remainder),
     * at least one each and at most its cap.
     */
    static int[] apportion(int[] weights, int total, int[] cap) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] share = new int[weights.length];
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            share[i] = Math.min(cap[i], Math.max(1, (int) Math.floor(exact)));
            remainder[i] = exact - Math.floor(exact);
            given += share[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (share[i] < cap[i] && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            share[best]++;
            remainder[best] = -1;
            given++;
        }
        return share;
    }

    static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    private static List<String[]> csv(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Geography.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from maillage-json: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
