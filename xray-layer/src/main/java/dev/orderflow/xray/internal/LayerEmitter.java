package dev.orderflow.xray.internal;

import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

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
        byte[] doc = utf8(subsegment.streamSerialize());
        if (doc.length > MAX_DOCUMENT_BYTES) {
            clearMetadata(subsegment);
            doc = utf8(subsegment.streamSerialize());
        }
        if (doc.length > MAX_DOCUMENT_BYTES) {
            for (Subsegment child : subsegment.getSubsegmentsCopy()) {
                sendSubsegment(child);
                subsegment.removeSubsegment(child);
            }
            doc = utf8(subsegment.streamSerialize());
        }
        return send(doc, subsegment);
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
