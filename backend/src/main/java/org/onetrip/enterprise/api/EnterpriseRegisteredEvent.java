package org.onetrip.enterprise.api;

import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.EventContext;

/** {@code contact} is encrypted (null when none was given); {@code accessCodeHash} is SHA-256 of the code. */
public record EnterpriseRegisteredEvent(
        String enterpriseId,
        EventContext context,
        String name,
        EnterpriseSector sector,
        String park,
        EncryptedContact contact,
        LiaisonCadre liaison,
        String accessCodeHash)
        implements EnterpriseEvent {}
