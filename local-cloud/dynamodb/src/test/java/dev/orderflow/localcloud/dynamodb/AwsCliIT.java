package dev.orderflow.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.testing.AwsCli;
import dev.orderflow.localcloud.testing.AwsCli.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI as an independent client: the README's create-table, put-item, query and
 * transact-write-items commands, run as written. Skipped when {@code aws} is not installed.
 */
class AwsCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalDynamoDb db;

    @BeforeAll
    static void start() {
        assumeTrue(AwsCli.installed(), "AWS CLI (aws) not found on PATH: skipping the CLI checks");
        db = LocalDynamoDb.builder().build().start();
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static Result aws(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("dynamodb"));
        command.addAll(List.of(args));
        return AwsCli.run(db.endpoint().toString(), command.toArray(String[]::new));
    }

    @Test
    void shouldServeTheReadmeCommands() throws Exception {
        Result created = aws("create-table", "--table-name", "Orders",
                "--attribute-definitions", "AttributeName=pk,AttributeType=S", "AttributeName=sk,AttributeType=S",
                "--key-schema", "AttributeName=pk,KeyType=HASH", "AttributeName=sk,KeyType=RANGE",
                "--billing-mode", "PAY_PER_REQUEST");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(JSON.readTree(created.out()).at("/TableDescription/TableStatus").asText()).isEqualTo("ACTIVE");

        Result put = aws("put-item", "--table-name", "Orders",
                "--item", "{\"pk\":{\"S\":\"customer#1\"},\"sk\":{\"S\":\"order#001\"},\"amount\":{\"N\":\"42.50\"}}");
        assertThat(put.exit()).as(put.err()).isZero();

        Result tx = aws("transact-write-items", "--transact-items", "["
                + "{\"Update\":{\"TableName\":\"Orders\",\"Key\":{\"pk\":{\"S\":\"customer#1\"},\"sk\":{\"S\":\"order#001\"}},"
                + "\"UpdateExpression\":\"SET amount = amount + :d\",\"ConditionExpression\":\"amount < :max\","
                + "\"ExpressionAttributeValues\":{\":d\":{\"N\":\"1\"},\":max\":{\"N\":\"100\"}}}},"
                + "{\"Put\":{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"customer#1\"},\"sk\":{\"S\":\"order#002\"},"
                + "\"amount\":{\"N\":\"7\"}},\"ConditionExpression\":\"attribute_not_exists(pk)\"}}]");
        assertThat(tx.exit()).as(tx.err()).isZero();

        Result query = aws("query", "--table-name", "Orders", "--key-condition-expression", "pk = :p",
                "--expression-attribute-values", "{\":p\":{\"S\":\"customer#1\"}}");
        assertThat(query.exit()).as(query.err()).isZero();
        JsonNode items = JSON.readTree(query.out()).get("Items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).at("/amount/N").asText()).isEqualTo("43.5");

        Result refused = aws("transact-write-items", "--transact-items", "["
                + "{\"Put\":{\"TableName\":\"Orders\",\"Item\":{\"pk\":{\"S\":\"customer#1\"},\"sk\":{\"S\":\"order#002\"}},"
                + "\"ConditionExpression\":\"attribute_not_exists(pk)\"}}]");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("TransactionCanceledException").contains("ConditionalCheckFailed");
    }

    @Test
    void shouldPageAScanAcrossCalls() throws Exception {
        aws("create-table", "--table-name", "Paged", "--attribute-definitions", "AttributeName=pk,AttributeType=S",
                "--key-schema", "AttributeName=pk,KeyType=HASH", "--billing-mode", "PAY_PER_REQUEST");
        for (int i = 0; i < 5; i++) {
            Result put = aws("put-item", "--table-name", "Paged", "--item", "{\"pk\":{\"S\":\"k" + i + "\"}}");
            assertThat(put.exit()).as(put.err()).isZero();
        }
        // The CLI follows LastEvaluatedKey itself, two items per request.
        Result scan = aws("scan", "--table-name", "Paged", "--page-size", "2");
        assertThat(scan.exit()).as(scan.err()).isZero();
        assertThat(JSON.readTree(scan.out()).get("Items")).hasSize(5);
    }
}
