package org.onetrip.mechanisms.appointments.ui;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.onetrip.shared.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 预约办事 in the side navigation: booking for everyone, the desk and the slots for the centre. */
@Configuration(proxyBeanMethods = false)
class AppointmentsNavigation {

    @Bean
    NavigationEntry publicAppointmentsEntry() {
        return new NavigationEntry(15, "appointments.nav.book", AppointmentsView.class, Set.of());
    }

    @Bean
    NavigationEntry appointmentDeskEntry() {
        return new NavigationEntry(130, "appointments.nav.desk", DeskView.class, Set.of(Role.INTAKE, Role.HANDLER));
    }

    @Bean
    NavigationEntry appointmentSlotsEntry() {
        return new NavigationEntry(135, "appointments.nav.slots", SlotsView.class, Set.of(Role.INTAKE, Role.ADMIN));
    }
}
