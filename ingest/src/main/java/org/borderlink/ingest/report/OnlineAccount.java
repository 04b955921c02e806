package org.borderlink.ingest.report;

import java.util.List;

/**
 * An account on an online platform used for recruitment or coordination.
 *
 * @param platform e.g. {@code Facebook}, {@code Telegram}, {@code WhatsApp}, as written
 * @param handle the user name, page or channel, as written
 */
public record OnlineAccount(String ref, List<String> usedBy, String platform, String handle) implements Selector {

    public OnlineAccount {
        usedBy = Lists.orEmpty(usedBy);
    }
}
