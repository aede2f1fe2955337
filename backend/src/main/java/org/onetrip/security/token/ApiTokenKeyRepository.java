package org.onetrip.security.token;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenKeyRepository extends JpaRepository<ApiTokenKey, String> {}
