package org.borderlink.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BorderlinkApplication {

    public static void main(String[] args) {
        SpringApplication.run(BorderlinkApplication.class, args);
    }
}
