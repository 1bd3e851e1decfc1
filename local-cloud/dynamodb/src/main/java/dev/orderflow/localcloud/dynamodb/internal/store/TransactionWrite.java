package dev.orderflow.localcloud.dynamodb.internal.store;

/** One action of a transaction: a change to the item at key in table. */
public record TransactionWrite(Table table, Key key, ItemChange change) {
}
