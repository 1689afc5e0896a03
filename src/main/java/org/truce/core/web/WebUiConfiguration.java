package org.truce.core.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: English by default, chosen with {@code ?lang=} and remembered in a cookie. Every string
 * comes from the {@code i18n/messages} bundles, whose {@code dir} entry turns a page right-to-left.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebUiConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("truce-lang");
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
