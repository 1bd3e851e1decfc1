package dev.orderflow.localcloud.lambda.internal.inprocess;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class's calls to {@code System.getenv}, the trace-header property, {@code System.out},
 * {@code System.err} and {@code System.exit} (direct calls and method references) into calls to
 * its environment's {@link IsolatedSystem}.
 */
final class SystemCallRewriter {

    private static final String SYSTEM = "java/lang/System";
    private static final String ISOLATED = IsolatedSystem.class.getName().replace('.', '/');
    private static final Set<String> METHODS = Set.of(
            "getenv(Ljava/lang/String;)Ljava/lang/String;", "getenv()Ljava/util/Map;",
            "getProperty(Ljava/lang/String;)Ljava/lang/String;",
            "getProperty(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
            "setProperty(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
            "clearProperty(Ljava/lang/String;)Ljava/lang/String;", "exit(I)V");
    private static final byte[] MARKER = SYSTEM.getBytes(StandardCharsets.US_ASCII);

    private SystemCallRewriter() {
    }

    static byte[] rewrite(byte[] classFile) {
        if (!mentionsSystem(classFile)) {
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new Calls(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static boolean mentionsSystem(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - MARKER.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (bytes[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean redirected(String owner, String name, String descriptor) {
        return SYSTEM.equals(owner) && METHODS.contains(name + descriptor);
    }

    private static final class Calls extends MethodVisitor {
        Calls(MethodVisitor delegate) {
            super(Opcodes.ASM9, delegate);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && redirected(owner, name, descriptor)) {
                super.visitMethodInsn(opcode, ISOLATED, name, descriptor, false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.GETSTATIC && SYSTEM.equals(owner) && (name.equals("out") || name.equals("err"))) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, ISOLATED, name, "()" + descriptor, false);
            } else {
                super.visitFieldInsn(opcode, owner, name, descriptor);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] rewritten = arguments.clone();
            for (int i = 0; i < rewritten.length; i++) {
                rewritten[i] = handle(rewritten[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(handle(value));
        }

        private static Object handle(Object value) {
            if (value instanceof Handle) {
                Handle h = (Handle) value;
                if (h.getTag() == Opcodes.H_INVOKESTATIC && redirected(h.getOwner(), h.getName(), h.getDesc())) {
                    return new Handle(Opcodes.H_INVOKESTATIC, ISOLATED, h.getName(), h.getDesc(), false);
                }
            }
            return value;
        }
    }
}
