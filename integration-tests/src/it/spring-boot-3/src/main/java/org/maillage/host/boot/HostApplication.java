package org.maillage.host.boot;

import org.maillage.validation.Validator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that validates exchange files with Maillage. */
@SpringBootApplication
public class HostApplication {

    /**
     * Maillage's validator: immutable and thread-safe, so one bean serves the whole application.
     * Its type is not jakarta.validation.Validator, so it stands beside Boot's own.
     */
    @Bean
    Validator maillageValidator() {
        return Validator.builder().build();
    }

    public static void main(String[] args) {
        SpringApplication.run(HostApplication.class, args);
    }
}
