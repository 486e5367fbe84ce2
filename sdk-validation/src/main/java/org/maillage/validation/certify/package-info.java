/**
 * Certification: conformance levels, signed certificates that anyone can verify offline, their
 * human view, and the conformance kit that scores another implementation against the corpus.
 *
 * <p>A {@link org.maillage.validation.certify.Certificate} is written as JSON (schema
 * {@code certificate.schema.json}) and signed with Ed25519 over its canonical form without its
 * {@code signature} member: members sorted by name, no whitespace, UTF-8, strings escaped as
 * RFC 8785 (JSON Canonicalization Scheme) says. See {@code docs/certification.md}.
 */
package org.maillage.validation.certify;
