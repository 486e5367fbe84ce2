/**
 * Benchmarks of Maillage against the libraries a user would otherwise pick, on generated national
 * datasets: the whole-file comparison ({@link org.maillage.benchmarks.Compare}), the peak-memory probe
 * run in a separate JVM ({@link org.maillage.benchmarks.MemoryProbe}) and JMH micro-benchmarks.
 */
package org.maillage.benchmarks;
