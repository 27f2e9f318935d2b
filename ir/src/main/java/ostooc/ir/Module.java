package ostooc.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole program: functions and static data, in insertion order (deterministic output), plus the name
 * of the process entry symbol the linker starts from.
 */
public final class Module {
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final Map<String, DataItem> data = new LinkedHashMap<>();
    public String entrySymbol = "_start";

    public Function add(Function f) {
        if (functions.putIfAbsent(f.name(), f) != null) throw new IllegalArgumentException("duplicate function " + f.name());
        return f;
    }

    public DataItem add(DataItem d) {
        if (data.putIfAbsent(d.name(), d) != null) throw new IllegalArgumentException("duplicate data " + d.name());
        return d;
    }

    public Function function(String name) { return functions.get(name); }
    public DataItem dataItem(String name) { return data.get(name); }
    public List<Function> functions() { return new ArrayList<>(functions.values()); }
    public List<DataItem> data() { return new ArrayList<>(data.values()); }
    public void remove(Function f) { functions.remove(f.name()); }
}
