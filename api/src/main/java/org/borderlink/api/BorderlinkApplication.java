package org.borderlink.api;

import org.borderlink.api.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the server, or runs a command ({@code ingest}, {@code generate}, …) when one is given. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BorderlinkApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(BorderlinkApplication.class, args);
    }
}
