package org.truce.identity;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.truce.core.Viewer;

/**
 * Hands any controller the viewer of the request as a parameter of the core's {@link Viewer} or {@link Viewer.Member}
 * type, so that a module can serve viewers without depending on this one (a {@code Viewer.Member} parameter answers
 * 401 to an anonymous request, as {@link CurrentViewer#member()} does).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ViewerArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static {
		// They come from the session or the token, never from the request's parameters: not part of the API's description.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class, Viewer.Member.class);
	}

	private final CurrentViewer viewer;

	ViewerArguments(CurrentViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Viewer.class || parameter.getParameterType() == Viewer.Member.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
			WebDataBinderFactory binderFactory) {
		return parameter.getParameterType() == Viewer.Member.class ? viewer.member() : viewer.get();
	}
}
