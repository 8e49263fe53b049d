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

/**
 * ONOS core services for the DaoliNet bundles in the embedded framework, where ONOS's own implementations
 * (which need the whole ONOS core and a cluster) are absent. This package runs inside the framework, as a
 * bundle of its own that links against the framework's ONOS API bundles.
 */
package org.daolinet.sandbox.doubles;
