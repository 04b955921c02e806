package org.borderlink.ingest.synthetic;

/**
 * One person mention: the report ({@code agency:reference}), its version and the person's local reference.
 */
public record MentionKey(String report, int version, String ref) {}
