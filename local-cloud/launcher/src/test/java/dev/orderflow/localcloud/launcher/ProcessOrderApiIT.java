package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.lambda.Isolation;

/** The real template with a child JVM per execution environment (the default). */
class ProcessOrderApiIT extends OrderApiContract {

    @Override
    Isolation isolation() {
        return Isolation.PROCESS;
    }
}
