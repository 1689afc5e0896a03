package org.truce.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three ways in: HTTP Basic only to obtain API tokens, bearer tokens for the rest of the API (stateless, no
 * CSRF because no cookie authenticates it), and form sign-in with sessions and CSRF protection for the pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class WebSecurityConfiguration {

	private static final String[] PUBLIC_PAGES = { "/", "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/geo/**",
			"/favicon.ico", "/error", "/denied", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/statements", "/statements/*" };

	private final JdbcApiTokens tokens;
	private final JdbcUserAccounts users;
	private final AuthenticationManager authenticationManager;
	private final JsonMapper json;
	private final MessageSource messages;

	WebSecurityConfiguration(JdbcApiTokens tokens, JdbcUserAccounts users, AuthenticationManager authenticationManager,
			JsonMapper json, MessageSource messages) {
		this.tokens = tokens;
		this.users = users;
		this.authenticationManager = authenticationManager;
		this.json = json;
		this.messages = messages;
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http) {
		var problems = new ProblemEntryPoint(json, messages, "Bearer realm=\"truce\"", "Basic realm=\"truce\"");
		return statelessApi(http, problems)
			.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http) {
		var problems = new ProblemEntryPoint(json, messages, "Bearer realm=\"truce\"");
		return statelessApi(http, problems)
			.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/categories", "/api/v1/delegations", "/api/v1/ledger/**",
						"/api/v1/statements", "/api/v1/statements/*").permitAll()
				.anyRequest().authenticated())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http) {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.anyRequest().authenticated())
			.authenticationManager(authenticationManager)
			.formLogin(form -> form
				.loginPage("/login")
				.failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
						+ (e instanceof LoginThrottledException throttled ? "/login?throttled=" + throttled.retryAfterSeconds()
								: "/login?error")))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(deniedPage()))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	/** A page request the chain refuses is forwarded to the HTML error page ({@code identity.web}), 403. */
	private static AccessDeniedHandler deniedPage() {
		var handler = new AccessDeniedHandlerImpl();
		handler.setErrorPage("/denied");
		return handler;
	}

	private HttpSecurity statelessApi(HttpSecurity http, ProblemEntryPoint problems) {
		return http
			.authenticationManager(authenticationManager)
			.addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}
}
