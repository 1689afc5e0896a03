package org.truce.demo;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

	/** The system's clock, which the seed turns back to the scenario's time for each of its steps. */
	@Bean
	@Primary
	ScenarioClock scenarioClock() {
		return new ScenarioClock(Clock.systemUTC());
	}
}
