package org.maillage.benchmarks;
final class Placeholder {}
