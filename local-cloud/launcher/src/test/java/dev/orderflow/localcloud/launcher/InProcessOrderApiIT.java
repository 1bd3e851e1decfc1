package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.lambda.Isolation;

/** The real template with isolated class loaders. */
class InProcessOrderApiIT extends OrderApiContract {

    @Override
    Isolation isolation() {
        return Isolation.IN_PROCESS;
    }
}
