package org.borderlink.ingest.report;

import java.math.BigDecimal;

/**
 * An amount of money.
 *
 * @param value zero or more
 * @param currency ISO 4217 code, e.g. {@code EUR}
 */
public record Money(BigDecimal value, String currency) {}
