/*
 * Copyright 2026-present the DaoliNet for ONOS authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.daolinet.sandbox.platform;

import org.onosproject.security.AuditService;
import org.slf4j.Logger;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Audit service that writes each audited action to the log, as ONOS's does when auditing is on.
 * ONOS's shell commands look it up on every run.
 */
public class LoggingAuditService implements AuditService {

    private final Logger log = getLogger(getClass());

    @Override
    public boolean isAuditing() {
        return true;
    }

    @Override
    public void logUserAction(String user, String action) {
        log.info("audit: user={} action={}", user, action);
    }
}
