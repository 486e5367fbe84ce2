/**
 * A generator of realistic, valid Maillage datasets at named sizes (one département, one région,
 * all of France, France with ten years of observations), deterministic for a seed and written as a
 * stream so that the largest never sits in memory. Used for load tests and benchmarks.
 */
package org.maillage.json.generate;
