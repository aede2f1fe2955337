package org.onetrip.publicportal.ui;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public pages in the side navigation, for everyone, signed in or not. */
@Configuration(proxyBeanMethods = false)
class PublicNavigation {

    @Bean
    NavigationEntry publicFileEntry() {
        return new NavigationEntry(10, "public.nav.file", FileView.class, Set.of());
    }

    @Bean
    NavigationEntry publicTrackEntry() {
        return new NavigationEntry(20, "public.nav.track", TrackView.class, Set.of());
    }

    @Bean
    NavigationEntry publicResultsEntry() {
        return new NavigationEntry(30, "public.nav.results", ResultsView.class, Set.of());
    }

    @Bean
    NavigationEntry publicItemsEntry() {
        return new NavigationEntry(40, "public.nav.items", ItemsView.class, Set.of());
    }

    @Bean
    NavigationEntry publicNoticesEntry() {
        return new NavigationEntry(50, "public.nav.notices", NoticesView.class, Set.of());
    }

    @Bean
    NavigationEntry publicBulletinsEntry() {
        return new NavigationEntry(60, "public.nav.bulletins", BulletinsView.class, Set.of());
    }

    @Bean
    NavigationEntry publicDisclosureSearchEntry() {
        return new NavigationEntry(70, "public.nav.disclosures", DisclosureSearchView.class, Set.of());
    }

    @Bean
    NavigationEntry publicReceiptCheckEntry() {
        return new NavigationEntry(80, "public.nav.verify-receipt", ReceiptCheckView.class, Set.of());
    }
}
