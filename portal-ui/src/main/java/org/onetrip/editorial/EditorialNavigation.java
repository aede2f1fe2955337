package org.onetrip.editorial;

import java.util.Set;
import org.onetrip.editorial.ui.AssessmentView;
import org.onetrip.editorial.ui.BulletinPublishView;
import org.onetrip.editorial.ui.ItemEditorView;
import org.onetrip.editorial.ui.NoticeEditorView;
import org.onetrip.layout.NavigationEntry;
import org.onetrip.shared.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 政务公开 editing screens in the side navigation (orders 150–159 and 230–239). Who may change what is
 * the aggregates' rule (DisclosureRoles); a screen offers its actions only to those it would accept.
 */
@Configuration(proxyBeanMethods = false)
class EditorialNavigation {

    @Bean
    NavigationEntry itemsEntry() {
        return new NavigationEntry(
                150, "editor.nav.items", ItemEditorView.class, Set.of(Role.INTAKE, Role.HANDLER, Role.ADMIN));
    }

    @Bean
    NavigationEntry noticesEntry() {
        return new NavigationEntry(
                152, "editor.nav.notices", NoticeEditorView.class, Set.of(Role.INTAKE, Role.HANDLER, Role.ADMIN));
    }

    @Bean
    NavigationEntry bulletinsEntry() {
        return new NavigationEntry(
                234, "editor.nav.bulletins", BulletinPublishView.class, Set.of(Role.DISCIPLINE, Role.ADMIN));
    }

    @Bean
    NavigationEntry assessmentEntry() {
        return new NavigationEntry(
                236,
                "editor.nav.assessment",
                AssessmentView.class,
                Set.of(Role.INTAKE, Role.HANDLER, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN));
    }
}
