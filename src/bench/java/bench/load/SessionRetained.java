package bench.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the server's sessions hold, read from a heap dump (issue 15): the objects reachable only through an HTTP
 * session, its Vaadin session or one of its UIs (and through the further owner classes given, such as a live-update
 * listener that a view registers while it is attached and that holds the view), none of them reachable from anywhere
 * else. The sum of their sizes per session, by class, and by what holds them: up through collections, strings and JSON
 * nodes to the first other object, and its field. Unlike two class histograms minutes apart, this leaves out the caches
 * and the connections' buffers that move meanwhile, so two runs give the same figure.
 *
 * <pre>java src/bench/java/bench/load/SessionRetained.java PID|DUMP.hprof [TOP=30] [owner class ...]</pre>
 *
 * A PID is dumped first ({@code jcmd PID GC.heap_dump}, live objects) to a temporary file, deleted afterwards. Sizes
 * are estimated as a 64-bit JVM with compressed references lays objects out (12-byte header, 4-byte references,
 * 8-byte alignment); dumps up to 2 GB. Measure the production jar: in development mode ({@code bin/run}) Vaadin's dev
 * tools also reach the UIs' components, which then count as shared.
 */
public final class SessionRetained {

    private static final String HTTP_SESSION = "org/apache/catalina/session/StandardSession";
    private static final List<String> OWNERS = List.of(HTTP_SESSION, "com/vaadin/flow/server/VaadinSession",
            "com/vaadin/flow/component/UI");
    private static final int OBJECT = 2;

    private final ByteBuffer dump;
    private final int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final Map<Long, Field[]> layouts = new HashMap<>();
    private final List<Long> roots = new ArrayList<>();
    private final IdIndex index = new IdIndex();
    private int[] positions = new int[1 << 20];

    /** A class: its superclass, its instance fields' types in order, its static fields that refer to objects. */
    private record ClassInfo(long superId, long[] fieldNames, byte[] fieldTypes, long[] staticRefs) {
    }

    /** An instance field: its name and its type as the dump writes it. */
    private record Field(String name, byte type) {
    }

    /** Receives each reference of an object: the field it is held in ("[]" for an array's element), the target. */
    private interface References {
        void reference(String field, long id);
    }

    private SessionRetained(ByteBuffer dump) {
        this.dump = dump;
        int pos = 0;
        while (dump.get(pos) != 0) {
            pos++;
        }
        idSize = dump.getInt(pos + 1);
        read(pos + 1 + 4 + 8);
    }

    public static void main(String[] args) throws Exception {
        Path file;
        boolean temporary = args[0].chars().allMatch(Character::isDigit);
        if (temporary) {
            file = Files.createTempFile("sessions-", ".hprof");
            Files.delete(file);
            Process jcmd = new ProcessBuilder("jcmd", args[0], "GC.heap_dump", file.toString()).inheritIO().start();
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd could not dump the heap of " + args[0]);
            }
        } else {
            file = Path.of(args[0]);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Set<String> owners = new HashSet<>(OWNERS);
        for (int i = 2; i < args.length; i++) {
            owners.add(args[i].replace('.', '/'));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            new SessionRetained(mapped).report(owners, top);
        } finally {
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void report(Set<String> ownerNames, int top) {
        BitSet owner = new BitSet();
        Map<String, Integer> ownerCounts = new TreeMap<>();
        for (int i = 0; i < index.size(); i++) {
            String name = className(i);
            if (positions[i] >= 0 && dump.get(positions[i]) == 0x21 && ownerNames.contains(name)) {
                owner.set(i);
                ownerCounts.merge(name, 1, Integer::sum);
            }
        }
        BitSet shared = new BitSet();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (long root : roots) {
            push(stack, root);
        }
        for (long klass : classes.keySet()) {
            push(stack, klass);
        }
        while (!stack.isEmpty()) {
            int object = stack.pop();
            if (!shared.get(object) && !owner.get(object)) {
                shared.set(object);
                references(object, (field, id) -> push(stack, id));
            }
        }
        // Breadth first from all the owners at once, remembering through which object and field each was reached.
        BitSet owned = (BitSet) owner.clone();
        int[] parent = new int[index.size()];
        String[] via = new String[index.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int first = owner.nextSetBit(0); first >= 0; first = owner.nextSetBit(first + 1)) {
            parent[first] = -1;
            queue.add(first);
        }
        Map<String, long[]> byClass = new HashMap<>();
        Map<String, long[]> byHolder = new HashMap<>();
        long total = 0;
        while (!queue.isEmpty()) {
            int object = queue.poll();
            long size = size(object);
            total += size;
            add(byClass, className(object), size);
            add(byHolder, holder(object, parent, via), size);
            references(object, (field, id) -> {
                int target = index.get(id);
                if (target >= 0 && !owned.get(target) && !shared.get(target)) {
                    owned.set(target);
                    parent[target] = object;
                    via[target] = field;
                    queue.add(target);
                }
            });
        }
        int sessions = ownerCounts.getOrDefault(HTTP_SESSION, 0);
        int uis = ownerCounts.getOrDefault("com/vaadin/flow/component/UI", 0);
        System.out.printf("owners: %s%n", ownerCounts);
        System.out.printf("held only through them: %,d bytes, %.1f KB per HTTP session (%d), %.1f KB per UI (%d)%n",
                total, total / 1024.0 / Math.max(sessions, 1), sessions, total / 1024.0 / Math.max(uis, 1), uis);
        System.out.println("bytes/session  instances/session  class");
        print(byClass, sessions, top);
        System.out.println("bytes/session  instances/session  held by (the nearest object that is not a collection, "
                + "string or JSON node, and its field)");
        print(byHolder, sessions, top);
    }

    private static void add(Map<String, long[]> sums, String key, long size) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += size;
        sum[1]++;
    }

    private static void print(Map<String, long[]> sums, int sessions, int top) {
        sums.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top)
                .forEach(entry -> System.out.printf("%,12.0f  %12.1f  %s%n",
                        entry.getValue()[0] / (double) Math.max(sessions, 1),
                        entry.getValue()[1] / (double) Math.max(sessions, 1), entry.getKey()));
    }

    /** Whom an object serves: up through collections, strings and JSON nodes to the first other object, its field. */
    private String holder(int object, int[] parent, String[] via) {
        int holder = object;
        String field = null;
        while (parent[holder] >= 0 && plumbing(className(holder))) {
            field = via[holder];
            holder = parent[holder];
        }
        return field == null ? className(holder) : className(holder) + "." + field;
    }

    private static boolean plumbing(String className) {
        return className.startsWith("java/util/") || className.startsWith("[") || className.endsWith("[]")
                || className.equals("java/lang/String") || className.startsWith("tools/jackson/");
    }

    private void push(ArrayDeque<Integer> stack, long id) {
        int object = index.get(id);
        if (object >= 0) {
            stack.push(object);
        }
    }

    /** The objects that {@code object} refers to, each with its field. */
    private void references(int object, References visitor) {
        int pos = positions[object];
        if (pos < 0) {
            ClassInfo info = classes.get(index.idAt(object));
            if (info != null) {
                for (long ref : info.staticRefs()) {
                    visitor.reference("static", ref);
                }
            }
            return;
        }
        int tag = dump.get(pos);
        if (tag == 0x21) {
            int value = pos + 1 + idSize + 4 + idSize + 4;
            for (Field field : layout(id(pos + 1 + idSize + 4))) {
                if (field.type() == OBJECT) {
                    visitor.reference(field.name(), id(value));
                }
                value += valueSize(field.type());
            }
        } else if (tag == 0x22) {
            int count = dump.getInt(pos + 1 + idSize + 4);
            int elements = pos + 1 + idSize + 4 + 4 + idSize;
            for (int i = 0; i < count; i++) {
                visitor.reference("[]", id(elements + i * idSize));
            }
        }
    }

    private long size(int object) {
        int pos = positions[object];
        if (pos < 0) {
            return 0;
        }
        int tag = dump.get(pos);
        long bytes;
        if (tag == 0x21) {
            bytes = 12;
            for (Field field : layout(id(pos + 1 + idSize + 4))) {
                bytes += field.type() == OBJECT ? 4 : valueSize(field.type());
            }
        } else if (tag == 0x22) {
            bytes = 16 + 4L * dump.getInt(pos + 1 + idSize + 4);
        } else {
            bytes = 16 + (long) valueSize(dump.get(pos + 1 + idSize + 4 + 4)) * dump.getInt(pos + 1 + idSize + 4);
        }
        return (bytes + 7) / 8 * 8;
    }

    /** The types of an instance's fields in the dump's order: its class's own, then its superclasses'. */
    private Field[] layout(long klass) {
        return layouts.computeIfAbsent(klass, key -> {
            List<Field> all = new ArrayList<>();
            for (long c = key; classes.containsKey(c); c = classes.get(c).superId()) {
                ClassInfo info = classes.get(c);
                for (int i = 0; i < info.fieldTypes().length; i++) {
                    all.add(new Field(strings.getOrDefault(info.fieldNames()[i], "?"), info.fieldTypes()[i]));
                }
            }
            return all.toArray(Field[]::new);
        });
    }

    private String className(int object) {
        int pos = positions[object];
        if (pos < 0) {
            return "class";
        }
        int tag = dump.get(pos);
        if (tag == 0x21) {
            return classNames.getOrDefault(id(pos + 1 + idSize + 4), "?");
        }
        if (tag == 0x22) {
            return classNames.getOrDefault(id(pos + 1 + idSize + 4 + 4), "?");
        }
        return switch (dump.get(pos + 1 + idSize + 4 + 4)) {
            case 4 -> "boolean[]";
            case 5 -> "char[]";
            case 6 -> "float[]";
            case 7 -> "double[]";
            case 8 -> "byte[]";
            case 9 -> "short[]";
            case 10 -> "int[]";
            default -> "long[]";
        };
    }

    private void read(int start) {
        int pos = start;
        while (pos < dump.limit()) {
            int tag = dump.get(pos);
            int length = dump.getInt(pos + 5);
            int body = pos + 9;
            if (tag == 0x01) {
                byte[] utf8 = new byte[length - idSize];
                dump.get(body + idSize, utf8);
                strings.put(id(body), new String(utf8, StandardCharsets.UTF_8));
            } else if (tag == 0x02) {
                classNames.put(id(body + 4), strings.get(id(body + 4 + idSize + 4)));
            } else if (tag == 0x0c || tag == 0x1c) {
                readHeap(body, body + length);
            }
            pos = body + length;
        }
    }

    private void readHeap(int from, int to) {
        int pos = from;
        while (pos < to) {
            int tag = dump.get(pos) & 0xff;
            int body = pos + 1;
            pos = switch (tag) {
                case 0xff, 0x05, 0x07 -> root(body, body + idSize);
                case 0x01 -> root(body, body + 2 * idSize);
                case 0x02, 0x03 -> root(body, body + idSize + 8);
                case 0x04, 0x06 -> root(body, body + idSize + 4);
                case 0x08 -> root(body, body + idSize + 8);
                case 0x20 -> readClass(body);
                case 0x21 -> object(pos, body + idSize + 4 + idSize + 4 + dump.getInt(body + idSize + 4 + idSize));
                case 0x22 -> object(pos, body + idSize + 4 + 4 + idSize + idSize * dump.getInt(body + idSize + 4));
                case 0x23 -> object(pos, body + idSize + 4 + 4 + 1
                        + valueSize(dump.get(body + idSize + 8)) * dump.getInt(body + idSize + 4));
                default -> throw new IllegalStateException("unknown heap record " + tag + " at " + pos);
            };
        }
    }

    private int root(int body, int next) {
        roots.add(id(body));
        return next;
    }

    private int object(int pos, int next) {
        place(id(pos + 1), pos);
        return next;
    }

    /** Records where an object's record starts in the dump; -1 for a class, whose record is kept as its ClassInfo. */
    private void place(long id, int pos) {
        int object = index.add(id);
        if (object >= positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[object] = pos;
    }

    private int readClass(int body) {
        long id = id(body);
        long superId = id(body + idSize + 4);
        int pos = body + idSize + 4 + 6 * idSize + 4;
        int constants = dump.getShort(pos) & 0xffff;
        pos += 2;
        for (int i = 0; i < constants; i++) {
            pos += 2 + 1 + valueSize(dump.get(pos + 2));
        }
        int statics = dump.getShort(pos) & 0xffff;
        pos += 2;
        List<Long> staticRefs = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            byte type = dump.get(pos + idSize);
            if (type == OBJECT) {
                staticRefs.add(id(pos + idSize + 1));
            }
            pos += idSize + 1 + valueSize(type);
        }
        int fields = dump.getShort(pos) & 0xffff;
        pos += 2;
        long[] names = new long[fields];
        byte[] types = new byte[fields];
        for (int i = 0; i < fields; i++) {
            names[i] = id(pos);
            types[i] = dump.get(pos + idSize);
            pos += idSize + 1;
        }
        classes.put(id, new ClassInfo(superId, names, types,
                staticRefs.stream().mapToLong(Long::longValue).toArray()));
        place(id, -1);
        return pos;
    }

    private int valueSize(int type) {
        return switch (type) {
            case OBJECT -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            default -> 8;
        };
    }

    private long id(int pos) {
        return idSize == 8 ? dump.getLong(pos) : dump.getInt(pos) & 0xffffffffL;
    }

    /** Object ids to dense indexes, open addressing: a heap of millions of objects without a boxed map. */
    private static final class IdIndex {
        private long[] keys = new long[1 << 21];
        private int[] values = new int[1 << 21];
        private long[] ids = new long[1 << 20];
        private int size;

        int add(long id) {
            int existing = get(id);
            if (existing >= 0) {
                return existing;
            }
            if (size * 2 >= keys.length) {
                grow();
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size] = id;
            put(id, size);
            return size++;
        }

        int get(long id) {
            if (id == 0) {
                return -1;
            }
            for (int slot = slot(id, keys.length); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
                if (keys[slot] == id) {
                    return values[slot];
                }
            }
            return -1;
        }

        long idAt(int index) {
            return ids[index];
        }

        int size() {
            return size;
        }

        private void put(long id, int value) {
            int slot = slot(id, keys.length);
            while (keys[slot] != 0) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = id;
            values[slot] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long id, int length) {
            long mixed = id * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 40) & (length - 1);
        }
    }
}
