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
package org.daolinet.sandbox.runtime;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Reading an ONOS application archive: app.xml, the features file it points to, the bundles under m2/.
 */
public class OarArchiveTest {

    private static final String APP_XML = "<?xml version=\"1.0\"?>\n"
            + "<!-- comment before the root -->\n"
            + "<app name=\"org.example.app\" origin=\"Example\" version=\"1.0\" title=\"Example\" category=\"Utility\""
            + " url=\"http://example.org\" featuresRepo=\"mvn:org.example/example-oar/1.0/xml/features\""
            + " features=\"example-oar\" apps=\"org.onosproject.openflow-base\">\n"
            + "  <description> An example. </description>\n"
            + "  <artifact>mvn:org.example/example-app/1.0</artifact>\n"
            + "  <artifact>mvn:org.example/example-cli/1.0</artifact>\n"
            + "</app>\n";
    private static final String FEATURES = "<?xml version=\"1.0\"?>\n"
            + "<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.2.0\" name=\"example-oar-1.0\">\n"
            + "  <feature name=\"other\" version=\"1.0\"><bundle>mvn:org.example/other/1.0</bundle></feature>\n"
            + "  <feature name=\"example-oar\" version=\"1.0\">\n"
            + "    <feature>onos-api</feature>\n"
            + "    <bundle>mvn:org.example/example-app/1.0</bundle>\n"
            + "    <bundle> mvn:org.example/example-cli/1.0 </bundle>\n"
            + "  </feature>\n"
            + "</features>\n";
    private static final String FEATURES_ENTRY = "m2/org/example/example-oar/1.0/example-oar-1.0-features.xml";
    private static final String APP_ENTRY = "m2/org/example/example-app/1.0/example-app-1.0.jar";
    private static final String CLI_ENTRY = "m2/org/example/example-cli/1.0/example-cli-1.0.jar";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private OarArchive oar;

    @Before
    public void setUp() throws IOException {
        oar = OarArchive.open(zip(Map.of("app.xml", APP_XML, FEATURES_ENTRY, FEATURES,
                                         APP_ENTRY, "app-bytes", CLI_ENTRY, "cli-bytes")));
    }

    @After
    public void tearDown() throws IOException {
        oar.close();
    }

    @Test
    public void readsAppXml() {
        assertEquals("org.example.app", oar.name());
        assertEquals("Utility", oar.attribute("category"));
        assertEquals("org.onosproject.openflow-base", oar.attribute("apps"));
        assertEquals("", oar.attribute("missing"));
        assertEquals("An example.", oar.description());
        assertEquals(List.of("mvn:org.example/example-app/1.0", "mvn:org.example/example-cli/1.0"),
                     oar.artifacts());
    }

    @Test
    public void readsTheFeatureAppXmlNames() throws IOException {
        assertEquals(List.of("mvn:org.example/example-app/1.0", "mvn:org.example/example-cli/1.0"),
                     oar.featureBundles());
        assertEquals(List.of("onos-api"), oar.requiredFeatures());
    }

    @Test
    public void opensBundlesByMavenUrl() throws IOException {
        assertTrue(oar.contains("mvn:org.example/example-cli/1.0"));
        assertFalse(oar.contains("mvn:org.example/other/1.0"));
        try (InputStream in = oar.open("mvn:org.example/example-app/1.0")) {
            assertEquals("app-bytes", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try {
            oar.open("mvn:org.example/other/1.0").close();
            fail("opened a bundle the archive does not hold");
        } catch (IOException e) {
            assertThat(e.getMessage(), containsString("m2/org/example/other/1.0/other-1.0.jar"));
        }
    }

    @Test
    public void mapsMavenUrlsToTheRepositoryLayout() {
        assertEquals("m2/org/example/a/1.0/a-1.0.jar", OarArchive.entryName("mvn:org.example/a/1.0"));
        assertEquals("m2/org/example/a/1.0/a-1.0.xml", OarArchive.entryName("mvn:org.example/a/1.0/xml"));
        assertEquals("m2/org/example/a/1.0/a-1.0-features.xml",
                     OarArchive.entryName("mvn:org.example/a/1.0/xml/features"));
        for (String bad : List.of("org.example/a/1.0", "mvn:org.example/a", "mvn:a/b/c/d/e/f")) {
            try {
                OarArchive.entryName(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage(), containsString(bad));
            }
        }
    }

    @Test
    public void rejectsAFeaturesFileWithoutTheAppFeature() throws IOException {
        try (OarArchive other = OarArchive.open(zip(Map.of(
                "app.xml", APP_XML.replace("features=\"example-oar\"", "features=\"absent\""),
                FEATURES_ENTRY, FEATURES)))) {
            other.featureBundles();
            fail("read bundles of an undefined feature");
        } catch (IOException e) {
            assertThat(e.getMessage(), containsString("absent"));
        }
    }

    @Test
    public void rejectsAnArchiveWithoutAppXml() throws IOException {
        File file = zip(Map.of(FEATURES_ENTRY, FEATURES));
        try {
            OarArchive.open(file).close();
            fail("opened an archive without app.xml");
        } catch (IOException e) {
            assertThat(e.getMessage(), containsString("app.xml"));
        }
    }

    private File zip(Map<String, String> entries) throws IOException {
        File file = folder.newFile();
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
