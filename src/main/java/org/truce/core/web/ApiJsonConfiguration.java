package org.truce.core.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads JSON: a number or a boolean where text is expected is a wrong type, answered 400 like any other
 * (Jackson would otherwise quietly turn {@code {"vkey": 5}} into the text "5").
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer textIsText() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}
}
