package org.truce.agreement.web;

import java.time.Clock;
import java.util.EnumMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.truce.agreement.Agreements;
import org.truce.agreement.web.AgreementView.MemberView;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.identity.Delegations;
import org.truce.identity.WebPages;

/** The agreement in force: its members by role, its decision rule, its clauses, and each clause's history. */
@Controller
@WebPages
class AgreementPageController {

	private final Agreements agreements;
	private final Delegations delegations;
	private final Clock clock;

	AgreementPageController(Agreements agreements, Delegations delegations, Clock clock) {
		this.agreements = agreements;
		this.delegations = delegations;
		this.clock = clock;
	}

	@GetMapping("/agreement")
	String agreement(Model model) {
		var now = clock.instant();
		agreements.inForceAt(now).ifPresent(agreement -> {
			var view = AgreementView.of(agreement, AgreementView.delegationNames(delegations), now);
			model.addAttribute("agreement", view);
			model.addAttribute("membersByRole", view.members().stream()
				.collect(Collectors.groupingBy(MemberView::role, () -> new EnumMap<>(Role.class), Collectors.toList())));
		});
		return "agreement/agreement";
	}

	@GetMapping("/agreement/clauses/{number}")
	String clause(@PathVariable String number, Model model) {
		var agreement = agreements.inForceAt(clock.instant()).orElseThrow(() -> new NotFoundException("agreement", "in force"));
		var clause = agreement.clause(number).orElseThrow(() -> new NotFoundException("clause", number));
		model.addAttribute("agreementName", agreement.name());
		model.addAttribute("clause", ClauseHistoryView.of(clause));
		return "agreement/clause";
	}
}
