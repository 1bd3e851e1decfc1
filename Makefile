# Build targets for `sam build` (Metadata: BuildMethod: makefile, ContextPath: .).
#
# SAM runs `make build-<LogicalId>` with ARTIFACTS_DIR set. Its own Maven builder cannot build a
# module whose parent POM lies outside the function's CodeUri (aws/aws-sam-cli#2289), so each target
# builds the module with Maven from the project root (found from this Makefile's own path, wherever
# SAM runs it) and copies the shaded jar into $(ARTIFACTS_DIR)/lib, which Lambda's Java runtime puts
# on the class path.
#
#   make build-OrderHandlerFunction ARTIFACTS_DIR=/tmp/order-handler

ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
MVN ?= mvn -B -q

# $(call function-jar,<module>): build <module> and its dependencies, copy its jar for Lambda.
define function-jar
	$(MVN) -f $(ROOT)/pom.xml -pl $(1) -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(ROOT)/$(1)/target/$(1).jar "$(ARTIFACTS_DIR)/lib/"
endef

.PHONY: check-artifacts-dir
check-artifacts-dir:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (sam build sets it)"; exit 2; }

build-OrderHandlerFunction: check-artifacts-dir
	$(call function-jar,order-handler)

build-InventoryHandlerFunction: check-artifacts-dir
	$(call function-jar,inventory-handler)

build-PaymentHandlerFunction: check-artifacts-dir
	$(call function-jar,payment-handler)

build-InventoryConsumerFunction: check-artifacts-dir
	$(call function-jar,consumers)

build-PaymentConsumerFunction: check-artifacts-dir
	$(call function-jar,consumers)

build-NotificationConsumerFunction: check-artifacts-dir
	$(call function-jar,consumers)

build-DeadLetterProcessorFunction: check-artifacts-dir
	$(call function-jar,consumers)

build-OutboxRelayFunction: check-artifacts-dir
	$(call function-jar,consumers)

# The X-Ray layer: Lambda puts $(ARTIFACTS_DIR)/java/lib/*.jar on the class path; the script lands at /opt/xray-wrapper.
build-XRayLayer: check-artifacts-dir
	$(MVN) -f $(ROOT)/pom.xml -pl xray-layer -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/java/lib"
	cp $(ROOT)/xray-layer/target/xray-layer.jar "$(ARTIFACTS_DIR)/java/lib/"
	install -m 755 $(ROOT)/xray-layer/src/main/layer/xray-wrapper "$(ARTIFACTS_DIR)/xray-wrapper"
