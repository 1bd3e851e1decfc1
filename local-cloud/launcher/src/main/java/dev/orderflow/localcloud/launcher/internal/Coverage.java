package dev.orderflow.localcloud.launcher.internal;

import dev.orderflow.localcloud.template.EventSourceDefinition;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What of the template the local cloud does not run, said once at start-up: resource types and
 * event sources not emulated, and what is accepted but has no local effect (IAM, log groups).
 */
public final class Coverage {

    /** Resource types the local cloud creates; add a type when its emulator is registered. */
    public static final Set<String> EMULATED_TYPES = Set.of("AWS::Serverless::Function", "AWS::Serverless::Api",
            "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable", "AWS::Serverless::LayerVersion",
            "AWS::Lambda::LayerVersion", "AWS::XRay::SamplingRule");
    private static final Set<String> NO_LOCAL_EFFECT = Set.of("AWS::IAM::Role", "AWS::IAM::Policy",
            "AWS::IAM::ManagedPolicy", "AWS::Logs::LogGroup", "AWS::SQS::QueuePolicy", "AWS::Lambda::Permission");
    /** Function event source types that trigger functions locally. */
    public static final Set<String> EMULATED_EVENTS = Set.of("Api");

    private Coverage() {
    }

    /** Resources and event sources the local cloud does not emulate. */
    public static List<String> notEmulated(SamTemplate template, Set<String> emulatedTypes, Set<String> emulatedEvents) {
        List<String> missing = new ArrayList<>();
        for (ResourceDefinition resource : template.resources()) {
            if (!emulatedTypes.contains(resource.type()) && !NO_LOCAL_EFFECT.contains(resource.type())) {
                missing.add(resource.logicalId() + " (" + resource.type() + ")");
            }
        }
        for (FunctionDefinition function : template.functions()) {
            for (EventSourceDefinition event : function.events()) {
                if (!emulatedEvents.contains(event.type())) {
                    missing.add(function.logicalId() + ".Events." + event.name() + " (" + event.type() + ")");
                }
            }
            if (!function.eventInvokeConfig().isMissingNode() && !emulatedTypes.contains("AWS::Lambda::EventInvokeConfig")) {
                missing.add(function.logicalId() + ".EventInvokeConfig (asynchronous retries and destinations)");
            }
        }
        return missing;
    }

    /** Resources accepted without a local effect. */
    public static List<String> withoutLocalEffect(SamTemplate template) {
        List<String> accepted = new ArrayList<>();
        for (ResourceDefinition resource : template.resources()) {
            if (NO_LOCAL_EFFECT.contains(resource.type()) && !resource.metadata().path("SamImplicit").asBoolean(false)) {
                accepted.add(resource.logicalId() + " (" + resource.type() + ")");
            }
        }
        return accepted;
    }
}
