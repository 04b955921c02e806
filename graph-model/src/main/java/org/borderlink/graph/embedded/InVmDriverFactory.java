package org.borderlink.graph.embedded;

import io.netty.channel.local.LocalAddress;
import java.net.SocketAddress;
import org.neo4j.driver.internal.DriverFactory;

/**
 * Builds drivers that reach an engine of this JVM through its in-VM Bolt channel (a Netty {@link LocalAddress})
 * instead of a TCP socket: the same Bolt protocol, driver and sessions, without the loopback network stack. This is
 * how Neo4j connects to itself in-process; the driver's public API has no switch for it, so this overrides the one
 * hook its factory keeps for it.
 */
final class InVmDriverFactory extends DriverFactory {

    private final LocalAddress channel;

    InVmDriverFactory(String channel) {
        this.channel = new LocalAddress(channel);
    }

    @Override
    protected SocketAddress localAddress() {
        return channel;
    }
}
