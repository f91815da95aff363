package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped description of each schema version is what the migrations make. */
class SchemaTest {
    @Test
    void theShippedDescriptionIsWhatTheMigrationsMake() throws Exception {
        String made = Schema.describe();
        if (!Schema.parse(made).equals(Schema.parse(Schema.read()))) {
            Path fresh = Files.writeString(Files.createTempFile("schema", ".txt"), made);
            throw new AssertionError("src/main/resources/org/guidancedesk/store/migration/schema.txt is out of date "
                    + "(a migration was added or changed): replace it with " + fresh);
        }
        assertEquals(Migrations.latestVersion(), Schema.parse(made).size());
        assertEquals(Schema.computed(Migrations.latestVersion()), Schema.expected(Migrations.latestVersion()));
    }
}
