package org.onetrip.appointments.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.shared.api.Channel;

/** The bodies the appointment endpoints accept. */
public final class AppointmentRequests {

    private AppointmentRequests() {}

    /** {@code channel}: PORTAL or WECHAT for the public; HOTLINE or WINDOW when the desk registers a caller. */
    public record BookRequest(
            @NotBlank @Size(max = 64) String slotId,
            @NotBlank @Size(max = 64) String serviceItemCode,
            @NotBlank @Size(max = 50) String name,
            @Size(max = 100) String phone,
            @Size(max = 100) String email,
            @Size(max = 100) String wechatOpenId,
            Channel channel) {}

    public record CancelRequest(@Size(max = 500) String reason) {}

    public record MoveRequest(@NotBlank @Size(max = 64) String toSlotId) {}

    public record OutcomeRequest(
            @NotNull ServiceOutcome outcome,
            ExtraTripReason reason,
            @Size(max = 2000) String note) {}

    public record CapacityRequest(int capacity) {}

    public record ClosureRequest(@NotBlank @Size(max = 500) String reason) {}
}
