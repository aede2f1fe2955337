package org.onetrip.privacy.command;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactKeyRepository extends JpaRepository<ContactKey, String> {}
