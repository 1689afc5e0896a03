package org.truce.report.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.report.Category;

/** The category taxonomy, with names in the caller's language and the ACLED types each category maps onto. */
@RestController
class CategoryApiController {

	private final MessageSource messages;

	CategoryApiController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/api/v1/categories")
	CategoryList categories(Locale locale) {
		return new CategoryList(Arrays.stream(Category.values())
			.map(c -> new CategoryView(c.code(), messages.getMessage(c.messageKey(), null, c.code(), locale),
					c.acledEventType().orElse(null), c.acledSubEventType().orElse(null), c.ceasefireSpecific()))
			.toList());
	}

	record CategoryView(String code, @Nullable String name, @Nullable String acledEventType, @Nullable String acledSubEventType,
			boolean ceasefireSpecific) {
	}

	record CategoryList(List<CategoryView> items) {
	}
}
