package org.truce;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Truce application: one Spring Boot application made of Spring Modulith modules. It is started through its
 * command line, {@link org.truce.cli.TruceCommandLine} ({@code truce serve}, {@code truce demo}, {@code truce user …}).
 */
@SpringBootApplication
@EnableScheduling
public class TruceApplication {
}
