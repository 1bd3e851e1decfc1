package dev.orderflow.xray.internal;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.SegmentImpl;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.SubsegmentImpl;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Sends documents to the X-Ray daemon over UDP, never more than a document may hold (64 kB).
 * A document that would be larger loses its metadata first; if it is still too large, its child
 * subsegments are sent as documents of their own. Send failures are logged, never thrown.
 */
public final class LayerEmitter extends Emitter {
    /** The segment document limit (64 kB), less room for the daemon protocol header. */
    public static final int MAX_DOCUMENT_BYTES = 64_000;
    private static final byte[] HEADER = "{\"format\":\"json\",\"version\":1}\n".getBytes(StandardCharsets.US_ASCII);

    private final DatagramSocket socket;
    private final InetSocketAddress daemon;
    private final SubsegmentDocuments documents = new SubsegmentDocuments();

    public LayerEmitter(DaemonConfiguration config) throws SocketException {
        this.socket = new DatagramSocket();
        this.daemon = config.getAddressForEmitter();
    }

    @Override
    public boolean sendSegment(Segment segment) {
        byte[] doc = utf8(segment.serialize());
        if (doc.length > MAX_DOCUMENT_BYTES) {
            for (Subsegment child : segment.getSubsegmentsCopy()) {
                sendSubsegment(child);
                segment.removeSubsegment(child);
            }
            doc = utf8(segment.serialize());
        }
        return send(doc, segment);
    }

    @Override
    public boolean sendSubsegment(Subsegment subsegment) {
        byte[] doc = document(subsegment);
        if (doc.length > MAX_DOCUMENT_BYTES) {
            clearMetadata(subsegment);
            doc = document(subsegment);
        }
        if (doc.length > MAX_DOCUMENT_BYTES) {
            for (Subsegment child : subsegment.getSubsegmentsCopy()) {
                sendSubsegment(child);
                subsegment.removeSubsegment(child);
            }
            doc = document(subsegment);
        }
        return send(doc, subsegment);
    }

    /** Writes (and drops) one document at init, so that the first real one finds the JSON writer ready. */
    public void prepare(AWSXRayRecorder recorder) {
        Segment parent = new SegmentImpl(recorder, "xray-layer-warmup");
        Subsegment child = new SubsegmentImpl(recorder, "xray-layer-warmup", parent);
        child.setParent(parent);
        child.putAnnotation("warm", true);
        child.putMetadata("warm", Map.of("up", 1));
        child.putAws("warm", List.of("up"));
        child.putHttp("response", Map.of("status", 200));
        documents.stream(child);
    }

    /** The layer's writer, or the X-Ray SDK's serializer for what only that one writes. */
    private byte[] document(Subsegment subsegment) {
        String doc = documents.stream(subsegment);
        return utf8(doc != null ? doc : subsegment.streamSerialize());
    }

    private static void clearMetadata(Entity entity) {
        entity.getMetadata().clear();
        entity.putMetadata("xray_layer", "metadata_trimmed", Boolean.TRUE);
        for (Subsegment child : entity.getSubsegmentsCopy()) {
            child.getMetadata().clear();
        }
    }

    private boolean send(byte[] doc, Entity entity) {
        if (doc.length > MAX_DOCUMENT_BYTES) {
            LayerLog.warnOnce("emit-oversized", "dropped a trace document of " + doc.length
                    + " bytes still over the 64 kB limit after trimming: " + entity.getName(), null);
            return false;
        }
        try {
            ByteArrayOutputStream packet = new ByteArrayOutputStream(HEADER.length + doc.length);
            packet.write(HEADER);
            packet.write(doc);
            byte[] data = packet.toByteArray();
            socket.send(new DatagramPacket(data, data.length, daemon));
            return true;
        } catch (Exception e) {
            LayerLog.warnOnce("emit", "could not send a trace document to the X-Ray daemon at " + daemon, e);
            return false;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
