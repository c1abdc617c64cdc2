package org.wearetogether;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: a chatbot that takes requests for help and hands them to regional volunteer headquarters. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WeAreTogetherApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeAreTogetherApplication.class, args);
    }
}
