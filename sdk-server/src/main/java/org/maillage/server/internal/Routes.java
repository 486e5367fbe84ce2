package org.maillage.server.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.maillage.core.InvalidDataException;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;
import org.maillage.json.MaillageJson;
import org.maillage.json.diff.Changelog;
import org.maillage.json.diff.ChangesetJson;
import org.maillage.json.diff.DiffText;
import org.maillage.json.diff.JsonPatches;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.internal.html.ReportAssets;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;

/**
 * The service's routes: {@code GET /}, {@code GET /health}, {@code POST /validate}, {@code POST /diff};
 * anything else is a problem document (404, 405). Bodies stream: a dataset goes to the validator or
 * the reader as it arrives, counted against the upload limit, never held whole in memory; the only
 * thing written is the {@link Spool} copy of an upload being validated, deleted with the answer.
 * Thread-safe.
 */
public final class Routes extends Handler.Abstract {
    /** Longest text field of a form. */
    private static final int MAX_FIELD = 1024;
    private static final Set<String> VALIDATE_PARAMS = Set.of("format", "lang", "profile", "name");
    private static final Set<String> DIFF_PARAMS = Set.of("format", "lang");
    private static final List<String> DIFF_FORMATS = List.of("text", "json", "patch", "changelog");

    private final long maxUpload;
    private final String toolVersion;
    private final Gate gate;
    private final boolean loopbackOnly;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();
    private final java.nio.file.Path spoolDir;

    /**
     * @param maxUpload the largest body accepted, in bytes
     * @param workers how many validations or comparisons may run at once
     * @param queue how many more may wait for their turn
     * @param toolVersion the version reports name
     * @param loopbackOnly whether only loopback host names are answered (the server listens on a
     *     loopback address: a page of another site, through DNS rebinding, must not reach it)
     * @param spoolDir the folder of the copies of uploads being validated (see {@link Spool})
     */
    public Routes(long maxUpload, int workers, int queue, String toolVersion, boolean loopbackOnly, java.nio.file.Path spoolDir) {
        super(InvocationType.BLOCKING);
        this.maxUpload = maxUpload;
        this.toolVersion = toolVersion;
        this.gate = new Gate(workers, queue, 10 * 60 * 1000L);
        this.loopbackOnly = loopbackOnly;
        this.spoolDir = spoolDir;
        validator(Validator.DEFAULT_PROFILE); // built now: a broken installation fails at start, not at the first request
    }

    /**
     * How busy the service is.
     *
     * @return the requests working or waiting for a worker
     */
    public int admitted() {
        return gate.admitted();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Language lang = Language.FR;
        try {
            Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            lang = languageOrFrench(query.getValue("lang"));
            checkHost(request);
            switch (path) {
                case "/", "/index.html" -> {
                    allow(request, "GET", "HEAD");
                    checkParameters(query, Set.of("lang"));
                    Language pageLang = language(query.getValue("lang"));
                    Responses.secure(response, Page.POLICY);
                    Responses.send(response, callback, 200, "text/html; charset=utf-8", Page.html(pageLang, toolVersion));
                }
                case "/health" -> {
                    allow(request, "GET", "HEAD");
                    Responses.secure(response, Responses.NO_CONTENT_POLICY);
                    Responses.send(response, callback, 200, "application/json", "{\"status\": \"ok\"}\n");
                }
                case "/validate" -> {
                    allow(request, "POST");
                    validate(request, response, callback, query);
                }
                case "/diff" -> {
                    allow(request, "POST");
                    diff(request, response, callback, query);
                }
                default -> throw new Problem(404, "not-found", "Not found", "Introuvable",
                        "There is nothing at " + path + ": the service answers GET /, GET /health, POST /validate and POST /diff.",
                        "Il n'y a rien à l'adresse " + path + " : le service répond à GET /, GET /health, POST /validate et "
                                + "POST /diff.").exception();
            }
        } catch (Problem.ProblemException e) {
            answer(request, response, callback, e.problem(), path, lang, null);
        } catch (MethodNotAllowed e) {
            answer(request, response, callback, new Problem(405, "method-not-allowed", "Method not allowed",
                    "Méthode non permise", request.getMethod() + " is not allowed on " + path + "; use " + e.allowed + ".",
                    request.getMethod() + " n'est pas permis sur " + path + " ; utilisez " + e.allowed + "."), path, lang, e.allowed);
        } catch (RuntimeException e) {
            answer(request, response, callback, internal(e), path, lang, null);
        }
        return true;
    }

    /** Sends a problem unless the answer has begun (then the connection is cut: a half report must not pass for a whole). */
    private static void answer(Request request, Response response, Callback callback, Problem p, String path, Language lang,
            String allow) {
        if (response.isCommitted()) {
            callback.failed(new IOException("the answer was cut: " + p.detailEn()));
            return;
        }
        response.reset();
        // A client still sending its body reads an answer only once the server has read that body
        // (closing first would reset the connection and lose the answer): the rest of a body of
        // reasonable size is read and dropped, a body over the upload limit too (the client sees 413,
        // not a reset); a larger one closes the connection after the answer.
        boolean drainable = request.getLength() <= DRAIN;
        if (!(drainable && drain(request)) || p.status() == 413) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        if (allow != null) {
            response.getHeaders().put(HttpHeader.ALLOW, allow);
        }
        Responses.problem(response, callback, p, path, lang);
    }

    /** The most bytes read and dropped to let a client read an error answer. */
    private static final long DRAIN = 64L << 20;

    /** Reads and drops what is left of the body, up to {@link #DRAIN}; whether it ended. */
    private static boolean drain(Request request) {
        try {
            InputStream in = Request.asInputStream(request);
            byte[] sink = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(sink)) >= 0) {
                total += n;
                if (total > DRAIN) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Problem internal(RuntimeException e) {
        return new Problem(500, "internal-error", "Internal error", "Erreur interne",
                "The service failed on this request (a bug, please report it): " + e,
                "Le service a échoué sur cette requête (un défaut, merci de le signaler) : " + e);
    }

    /**
     * Waits for a turn. A request waiting reads nothing, so its connection is silent on purpose:
     * meanwhile the connection's idle timeout is lengthened by the longest wait, or a queued upload
     * would be cut after the idle timeout (a minute) instead of waiting its turn.
     */
    private Gate.Turn enter(Request request) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        long idle = endPoint.getIdleTimeout();
        endPoint.setIdleTimeout(idle + gate.maxWaitMillis());
        try {
            return gate.enter();
        } finally {
            // the wait is the server's silence, not the client's: the idle time counts from now
            if (endPoint instanceof IdleTimeout timeout) {
                timeout.notIdle();
            }
            endPoint.setIdleTimeout(idle);
        }
    }

    // ---- POST /validate ------------------------------------------------------------------------

    @SuppressWarnings("try") // the turn is held for the whole block, never read
    private void validate(Request request, Response response, Callback callback, Fields query) throws Problem.ProblemException {
        checkParameters(query, VALIDATE_PARAMS);
        Map<String, String> params = new HashMap<>();
        for (String p : VALIDATE_PARAMS) {
            if (query.getValue(p) != null) {
                params.put(p, query.getValue(p));
            }
        }
        checkLength(request);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String boundary = Multipart.boundary(contentType);
        if (boundary == null) {
            checkDatasetType(contentType);
        }
        // parameters given in the query are checked before the body is read
        Options early = options(params);
        try (Gate.Turn turn = enter(request)) {
            LimitedInputStream body = new LimitedInputStream(Request.asInputStream(request), maxUpload);
            Report report;
            Options options = early;
            try {
                if (boundary == null) {
                    String name = sourceName(params.get("name"), null);
                    report = validateUpload(options.validator, body, formatOf(name, contentType), name);
                } else {
                    Multipart multipart = new Multipart(body, boundary);
                    report = null;
                    for (Multipart.Part part = multipart.next(); part != null; part = multipart.next()) {
                        if (part.name().equals("file")) {
                            if (report != null) {
                                throw Problem.badRequest("two-files", "Send one file per request (the form has two 'file' fields).",
                                        "Envoyez un fichier par requête (le formulaire a deux champs « file »).").exception();
                            }
                            String name = sourceName(params.get("name"), part.fileName());
                            report = validateUpload(options.validator, part.body(), formatOf(name, part.contentType()), name);
                        } else if (VALIDATE_PARAMS.contains(part.name())) {
                            if (report != null) {
                                throw Problem.badParameter("The form field '" + part.name() + "' comes after the file: put "
                                        + "the fields first, or give them in the query string.",
                                        "Le champ de formulaire « " + part.name() + " » vient après le fichier : placez les "
                                                + "champs avant, ou donnez-les dans l'adresse.").exception();
                            }
                            params.put(part.name(), Multipart.text(part, MAX_FIELD));
                            options = options(params);
                        } else {
                            throw Problem.badParameter("Unknown form field '" + part.name() + "'; the fields are file, format, "
                                    + "lang, profile and name.", "Champ de formulaire inconnu « " + part.name() + " » ; les champs "
                                    + "sont file, format, lang, profile et name.").exception();
                        }
                    }
                    if (report == null) {
                        throw Problem.badRequest("no-file", "The form has no 'file' field: send the dataset in a field named file.",
                                "Le formulaire n'a pas de champ « file » : envoyez le jeu de données dans un champ nommé file.")
                                .exception();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw bodyProblem(body);
            } catch (RuntimeException e) {
                if (body.exceeded() || body.failure() != null) {
                    throw bodyProblem(body);
                }
                throw e;
            }
            if (body.exceeded() || body.failure() != null) {
                throw bodyProblem(body);
            }
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentTypeOf(options.format));
            response.getHeaders().put("Maillage-Valid", String.valueOf(report.valid()));
            Responses.secure(response, options.format == ReportFormat.HTML
                    ? ReportAssets.policy(new String[] {ReportAssets.CSS}, new String[] {ReportAssets.JS}, false)
                            + "; frame-ancestors 'none'"
                    : Responses.NO_CONTENT_POLICY);
            ReportSettings settings = ReportSettings.of(options.lang).withCatalogue(options.validator.catalogue())
                    .withToolVersion(toolVersion);
            try (OutputStream out = Content.Sink.asOutputStream(response);
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                ReportWriter.write(report, options.format, settings, w);
            } catch (IOException e) {
                callback.failed(e);
                return;
            }
            callback.succeeded();
        }
    }

    /**
     * Validates an upload as it arrives, keeping a copy on disk meanwhile; when the streamed report
     * has findings, validates the copy (the validator locates members inside entities only in a
     * file), so that the answer is the command line's report for that file.
     */
    private Report validateUpload(Validator validator, InputStream in, DatasetFormat format, String name) throws IOException {
        Spool spool = Spool.open(in, spoolDir, format);
        if (spool == null) {
            return validator.validate(in, format, name);
        }
        try {
            Report streamed = validator.validate(spool, format, name);
            if (streamed.findings().isEmpty() || !spool.finish()) {
                return streamed;
            }
            return spool.validate(validator, name);
        } finally {
            spool.discard();
        }
    }

    /** What a validation is asked for. */
    private record Options(ReportFormat format, Language lang, Validator validator) {}

    private Options options(Map<String, String> params) {
        ReportFormat format;
        try {
            format = ReportFormat.of(params.getOrDefault("format", "json"));
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("Unknown format '" + params.get("format") + "'; use json, sarif, junit, html or text.",
                    "Format inconnu « " + params.get("format") + " » ; utilisez json, sarif, junit, html ou text.").exception();
        }
        return new Options(format, language(params.get("lang")), validator(params.getOrDefault("profile", Validator.DEFAULT_PROFILE)));
    }

    private Validator validator(String profile) {
        Validator v = validators.get(profile);
        if (v != null) {
            return v;
        }
        if (profile.isEmpty() || profile.length() > 64 || !profile.matches("[a-z0-9-]+")) {
            throw unknownProfile(profile, "");
        }
        try {
            return validators.computeIfAbsent(profile, p -> Validator.builder().profile(p).build());
        } catch (IllegalArgumentException e) {
            throw unknownProfile(profile, e.getMessage());
        }
    }

    private static Problem.ProblemException unknownProfile(String profile, String detail) {
        String known = detail.contains("(known: ") ? detail.substring(detail.indexOf("(known: ") + 8, detail.length() - 1)
                : "default, regulatory, local-health";
        return Problem.badParameter("Unknown profile '" + profile + "'; known profiles: " + known + ".",
                "Profil inconnu « " + profile + " » ; profils connus : " + known + ".").exception();
    }

    private static String contentTypeOf(ReportFormat format) {
        return switch (format) {
            case JSON -> "application/json";
            case SARIF -> "application/sarif+json";
            case JUNIT -> "application/xml";
            case HTML -> "text/html; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
        };
    }

    // ---- POST /diff ----------------------------------------------------------------------------

    @SuppressWarnings("try") // the turn is held for the whole block, never read
    private void diff(Request request, Response response, Callback callback, Fields query) {
        checkParameters(query, DIFF_PARAMS);
        Map<String, String> params = new HashMap<>();
        for (String p : DIFF_PARAMS) {
            if (query.getValue(p) != null) {
                params.put(p, query.getValue(p));
            }
        }
        checkLength(request);
        String boundary = Multipart.boundary(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (boundary == null) {
            throw unsupported("multipart/form-data with the fields a and b (curl -F a=@OLD.json -F b=@NEW.json)",
                    "multipart/form-data avec les champs a et b (curl -F a=@ANCIEN.json -F b=@NOUVEAU.json)");
        }
        try (Gate.Turn turn = enter(request)) {
            LimitedInputStream body = new LimitedInputStream(Request.asInputStream(request), maxUpload);
            Dataset a = null;
            Dataset b = null;
            try {
                Multipart multipart = new Multipart(body, boundary);
                for (Multipart.Part part = multipart.next(); part != null; part = multipart.next()) {
                    switch (part.name()) {
                        case "a" -> a = readDataset(part, "a");
                        case "b" -> b = readDataset(part, "b");
                        case "format", "lang" -> params.put(part.name(), Multipart.text(part, MAX_FIELD));
                        default -> throw Problem.badParameter("Unknown form field '" + part.name() + "'; the fields are a, b, "
                                + "format and lang.", "Champ de formulaire inconnu « " + part.name() + " » ; les champs sont a, b, "
                                + "format et lang.").exception();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw bodyProblem(body);
            } catch (RuntimeException e) {
                if (body.exceeded() || body.failure() != null) {
                    throw bodyProblem(body);
                }
                throw e;
            }
            if (a == null || b == null) {
                throw Problem.badRequest("missing-dataset", "Send both datasets, in the form fields a (the older) and b (the newer).",
                        "Envoyez les deux jeux de données, dans les champs a (l'ancien) et b (le nouveau).").exception();
            }
            String format = params.getOrDefault("format", "text");
            if (!DIFF_FORMATS.contains(format)) {
                throw Problem.badParameter("Unknown format '" + format + "'; use text, json, patch or changelog.",
                        "Format inconnu « " + format + " » ; utilisez text, json, patch ou changelog.").exception();
            }
            Language lang = language(params.get("lang"));
            Changeset cs = Differ.standard().diff(a, b);
            String text = switch (format) {
                case "json" -> ChangesetJson.toJsonString(cs);
                case "patch" -> MaillageJson.mapper().writer().with(MaillageJson.canonicalPrettyPrinter())
                        .writeValueAsString(JsonPatches.render(cs)) + "\n";
                case "changelog" -> Changelog.render(cs, a, b, Locale.forLanguageTag(lang.code()));
                default -> DiffText.render(cs);
            };
            response.getHeaders().put("Maillage-Equal", String.valueOf(cs.isEmpty()));
            Responses.secure(response, Responses.NO_CONTENT_POLICY);
            Responses.send(response, callback, 200, switch (format) {
                case "json" -> "application/json";
                case "patch" -> "application/json-patch+json";
                case "changelog" -> "text/markdown; charset=utf-8";
                default -> "text/plain; charset=utf-8";
            }, text);
        }
    }

    private static Dataset readDataset(Multipart.Part part, String field) throws IOException {
        String name = part.fileName() == null ? field + ".json" : part.fileName();
        try {
            return DatasetReader.standard().read(part.body(), formatOf(name, part.contentType()));
        } catch (InvalidDataException e) {
            StringBuilder where = new StringBuilder();
            if (e.line() > 0) {
                where.append(" (line ").append(e.line()).append(", column ").append(e.column()).append(')');
            }
            StringBuilder whereFr = new StringBuilder();
            if (e.line() > 0) {
                whereFr.append(" (ligne ").append(e.line()).append(", colonne ").append(e.column()).append(')');
            }
            String pointer = e.pointer().isEmpty() ? "" : " at " + e.pointer();
            String pointerFr = e.pointer().isEmpty() ? "" : " en " + e.pointer();
            throw Problem.badRequest("unreadable-dataset", "The dataset '" + field + "' (" + name + ") cannot be read: "
                    + e.getMessage() + where + pointer + ". Validate it (POST /validate) to see every problem.",
                    "Le jeu de données « " + field + " » (" + name + ") ne peut pas être lu" + whereFr + pointerFr
                            + " : validez-le (POST /validate) pour voir chaque problème.").exception();
        }
    }

    // ---- common checks -------------------------------------------------------------------------

    /** Thrown when a method is not one of a route's; carries the Allow header. */
    private static final class MethodNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The methods allowed. */
        private final String allowed;

        MethodNotAllowed(String allowed) {
            super(allowed, null, false, false);
            this.allowed = allowed;
        }
    }

    private static void allow(Request request, String... methods) {
        for (String m : methods) {
            if (m.equals(request.getMethod())) {
                return;
            }
        }
        throw new MethodNotAllowed(String.join(", ", methods));
    }

    private void checkHost(Request request) {
        if (!loopbackOnly) {
            return;
        }
        String host = Request.getServerName(request);
        if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1")
                || host.startsWith("127."))) {
            throw Problem.badRequest("host-not-allowed", "This service listens on a loopback address and answers only requests "
                    + "for localhost or 127.0.0.1, not '" + host + "'.", "Ce service écoute sur une adresse de bouclage et ne "
                    + "répond qu'aux requêtes adressées à localhost ou 127.0.0.1, pas à « " + host + " ».").exception();
        }
    }

    private static void checkParameters(Fields query, Set<String> known) {
        for (String name : query.getNames()) {
            if (!known.contains(name)) {
                throw Problem.badParameter("Unknown parameter '" + name + "'; this route takes " + String.join(", ",
                        known.stream().sorted().toList()) + ".", "Paramètre inconnu « " + name + " » ; cette adresse accepte "
                        + String.join(", ", known.stream().sorted().toList()) + ".").exception();
            }
            if (query.getValues(name).size() > 1) {
                throw Problem.badParameter("The parameter '" + name + "' is given twice.", "Le paramètre « " + name
                        + " » est donné deux fois.").exception();
            }
        }
    }

    private void checkLength(Request request) {
        long length = request.getLength();
        if (length > maxUpload) {
            throw tooLarge();
        }
    }

    private Problem.ProblemException tooLarge() {
        return new Problem(413, "too-large", "Content too large", "Contenu trop volumineux",
                "The upload is larger than the limit of this service (" + maxUpload + " bytes); start it with a larger "
                        + "--max-upload, or validate the file with the command line.",
                "L'envoi dépasse la limite de ce service (" + maxUpload + " octets) ; démarrez-le avec un --max-upload plus "
                        + "grand, ou validez le fichier en ligne de commande.").exception();
    }

    private Problem.ProblemException bodyProblem(LimitedInputStream body) {
        if (body.exceeded()) {
            return tooLarge();
        }
        return Problem.badRequest("upload-interrupted", "The upload was interrupted after " + body.count() + " bytes"
                + (body.failure() == null ? "" : " (" + body.failure().getMessage() + ")") + "; nothing was validated.",
                "L'envoi s'est interrompu après " + body.count() + " octets ; rien n'a été validé.").exception();
    }

    private static void checkDatasetType(String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!Set.of("application/json", "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
                "application/jsonlines", "application/octet-stream", "text/plain").contains(type)) {
            throw unsupported("application/json, application/x-ndjson, or multipart/form-data with a 'file' field "
                    + "(curl -H 'Content-Type: application/json' --data-binary @FILE, or curl -F file=@FILE)",
                    "application/json, application/x-ndjson, ou multipart/form-data avec un champ « file » "
                            + "(curl -H 'Content-Type: application/json' --data-binary @FICHIER, ou curl -F file=@FICHIER)");
        }
    }

    private static Problem.ProblemException unsupported(String en, String fr) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type", "Type de contenu non pris en charge",
                "Send " + en + ".", "Envoyez " + fr + ".").exception();
    }

    private static DatasetFormat formatOf(String name, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("jsonlines")) {
            return DatasetFormat.NDJSON;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl") ? DatasetFormat.NDJSON : DatasetFormat.JSON;
    }

    /** The name reports give the upload: the {@code name} parameter, else the file name sent (without folders). */
    private static String sourceName(String param, String fileName) {
        String n = param != null && !param.isBlank() ? param : fileName;
        if (n == null || n.isBlank()) {
            return "upload";
        }
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.isBlank() ? "upload" : n.length() > 255 ? n.substring(0, 255) : n;
    }

    private static Language language(String code) {
        if (code == null) {
            return Language.FR;
        }
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("Unknown language '" + code + "'; use fr or en.",
                    "Langue inconnue « " + code + " » ; utilisez fr ou en.").exception();
        }
    }

    private static Language languageOrFrench(String code) {
        return "en".equals(code) ? Language.EN : Language.FR;
    }
}
