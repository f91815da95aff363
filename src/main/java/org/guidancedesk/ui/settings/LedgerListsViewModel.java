package org.guidancedesk.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Text;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.LedgerService;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * 整改台账 in 设置: the categories of both ledgers (整治: the 专项整治; 整改: the problems'
 * sources) and the campaign's 三个节点. Every change is saved at once: a category list is stored
 * whole and read back in the same task; the nodes are saved as each date is committed.
 * Removing a category never touches the items (they keep its text); renaming one renames it in its items too.
 */
public final class LedgerListsViewModel {
    /** How many nodes the campaign sets (三个节点). */
    public static final int NODES = LedgerService.MAX_MILESTONES;
    static final String FIELD = "ledger.category";

    private final UiTasks tasks;
    private final LedgerService service;
    private final I18n i18n;
    private final Map<Ledger, ObservableList<String>> categories = new EnumMap<>(Ledger.class);
    /** Items per category of each ledger, as last read. */
    private final Map<Ledger, Map<String, Integer>> usage = new EnumMap<>(Ledger.class);
    private final List<ObjectProperty<LocalDate>> nodes = new ArrayList<>();
    private final ReadOnlyStringWrapper nodesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private List<LocalDate> savedNodes = List.of();
    private boolean loading;

    public LedgerListsViewModel(UiTasks tasks, LedgerService service) {
        this.tasks = tasks;
        this.service = service;
        this.i18n = tasks.i18n();
        for (Ledger l : Ledger.values()) {
            categories.put(l, FXCollections.observableArrayList());
            usage.put(l, Map.of());
        }
        for (int i = 0; i < NODES; i++) {
            nodes.add(new SimpleObjectProperty<>());
        }
    }

    private record Snapshot(Map<Ledger, List<String>> categories, Map<Ledger, Map<String, Integer>> usage,
                            List<LocalDate> milestones) {}

    /** Reads both lists, how many items use each category, and the nodes. */
    public void load() {
        tasks.read(() -> {
            Map<Ledger, List<String>> lists = new EnumMap<>(Ledger.class);
            for (Ledger l : Ledger.values()) {
                lists.put(l, service.categories(l));
            }
            return new Snapshot(lists, count(service.items()), service.milestones());
        }, this::show);
    }

    private static Map<Ledger, Map<String, Integer>> count(List<Rectification> items) {
        Map<Ledger, Map<String, Integer>> counts = new EnumMap<>(Ledger.class);
        for (Ledger l : Ledger.values()) {
            counts.put(l, new HashMap<>());
        }
        for (Rectification r : items) {
            if (!r.category().isEmpty()) {
                counts.get(r.ledger()).merge(r.category(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void show(Snapshot s) {
        s.usage().forEach(usage::put);
        s.categories().forEach((l, names) -> categories.get(l).setAll(names));
        showNodes(s.milestones());
        nodesError.set("");
        loaded.set(true);
    }

    private void showNodes(List<LocalDate> stored) {
        loading = true;
        try {
            savedNodes = List.copyOf(stored);
            for (int i = 0; i < NODES; i++) {
                nodes.get(i).set(i < stored.size() ? stored.get(i) : null);
            }
        } finally {
            loading = false;
        }
    }

    // ---- categories ------------------------------------------------------------------------

    /** The ledger's categories in the user's order. */
    public ObservableList<String> categories(Ledger ledger) {
        return categories.get(ledger);
    }

    /** How many items of the ledger have this category (as last read). */
    public int itemsIn(Ledger ledger, String category) {
        return usage.get(ledger).getOrDefault(category, 0);
    }

    /** "巡视巡察反馈（12 项）", or the bare name when no item uses it. */
    public String label(Ledger ledger, String category) {
        int n = itemsIn(ledger, category);
        return n == 0 ? category : i18n.tr("settings.ledger.categoryUsed", category, n);
    }

    /** Adds a category at the end; a blank name or one already in the list is refused. */
    public void add(Ledger ledger, String name, Consumer<String> onSaved, Consumer<ValidationException> onInvalid) {
        List<String> list = new ArrayList<>(categories(ledger));
        String kept;
        try {
            kept = checked(list, name, -1);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        list.add(kept);
        store(ledger, list, kept, onSaved, onInvalid);
    }

    /** Renames a category in its place; its items move to the new name with it (one transaction). */
    public void rename(Ledger ledger, String old, String name, Consumer<String> onSaved,
                       Consumer<ValidationException> onInvalid) {
        List<String> list = new ArrayList<>(categories(ledger));
        int index = list.indexOf(old);
        String kept;
        try {
            if (index < 0) {
                throw new ValidationException(FIELD, "settings.ledger.categoryGone", old);
            }
            kept = checked(list, name, index);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        if (kept.equals(old)) {
            onSaved.accept(old);
            return;
        }
        tasks.write(() -> {
            service.renameCategory(ledger, old, kept);
            return service.categories(ledger);
        }, stored -> {
            Integer n = usage.get(ledger).remove(old);
            if (n != null) {
                usage.get(ledger).put(kept, n);
            }
            categories(ledger).setAll(stored);
            onSaved.accept(kept);
        }, onInvalid);
    }

    /** What the rename dialog says about the items of the category, or "" when none has it. */
    public String renameNote(Ledger ledger, String category) {
        int n = itemsIn(ledger, category);
        return n == 0 ? "" : i18n.tr("settings.ledger.renameNote", category, n);
    }

    private static String checked(List<String> list, String name, int self) {
        String kept = Text.optional(FIELD, name);
        if (kept.isEmpty()) {
            throw new ValidationException(FIELD, "validation.required");
        }
        for (int i = 0; i < list.size(); i++) {
            if (i != self && list.get(i).equals(kept)) {
                throw new ValidationException(FIELD, "settings.ledger.duplicateCategory", kept);
            }
        }
        return kept;
    }

    /**
     * The question before removing a category: whether items use it (they keep the text), or
     * why it cannot go (the last one of its ledger).
     */
    public Removal removal(Ledger ledger, String category) {
        if (categories(ledger).size() <= 1) {
            return Removal.blocked(i18n.tr("validation.atLeastOneCategory"));
        }
        int n = itemsIn(ledger, category);
        return Removal.confirm(n == 0 ? i18n.tr("settings.ledger.remove.unused", category)
                : i18n.tr("settings.ledger.remove.used", category, n));
    }

    public void remove(Ledger ledger, String category, Runnable onRemoved) {
        List<String> list = new ArrayList<>(categories(ledger));
        if (!list.remove(category)) {
            return;
        }
        store(ledger, list, null, kept -> onRemoved.run(), null);
    }

    public boolean canMove(Ledger ledger, String category, int delta) {
        int index = categories(ledger).indexOf(category);
        return index >= 0 && index + delta >= 0 && index + delta < categories(ledger).size();
    }

    /** Moves the category one place up (−1) or down (+1) and stores the new order. */
    public void move(Ledger ledger, String category, int delta, Consumer<String> onMoved) {
        if (!canMove(ledger, category, delta)) {
            return;
        }
        List<String> list = new ArrayList<>(categories(ledger));
        int index = list.indexOf(category);
        list.add(index + delta, list.remove(index));
        store(ledger, list, category, onMoved, null);
    }

    /**
     * Saves the whole list and shows it as read back; {@code select} is handed to {@code onSaved}.
     * Without {@code onInvalid} (a removal or a move, which the rules cannot refuse) a refusal
     * is an error like any other.
     */
    private void store(Ledger ledger, List<String> list, String select, Consumer<String> onSaved,
                       Consumer<ValidationException> onInvalid) {
        java.util.concurrent.Callable<List<String>> work = () -> {
            service.saveCategories(ledger, list);
            return service.categories(ledger);
        };
        Consumer<List<String>> show = stored -> {
            categories(ledger).setAll(stored);
            onSaved.accept(select);
        };
        if (onInvalid == null) {
            tasks.write(work, show);
        } else {
            tasks.write(work, show, onInvalid);
        }
    }

    // ---- 三个节点 ----------------------------------------------------------------------------

    /** The node's date (0: 第一节点), or null when not set. */
    public ObjectProperty<LocalDate> node(int index) {
        return nodes.get(index);
    }

    /**
     * Saves the nodes when they changed: the dates set, earliest first, repeats dropped; the
     * fields then show them in that order. Ignored while the fields are being filled.
     */
    public void commitNodes() {
        if (loading) {
            return;
        }
        List<LocalDate> dates = nodes.stream().map(ObjectProperty::get).filter(Objects::nonNull).distinct().sorted()
                .toList();
        if (dates.equals(savedNodes)) {
            showNodes(savedNodes);
            nodesError.set("");
            return;
        }
        tasks.write(() -> {
            service.setMilestones(dates);
            return service.milestones();
        }, stored -> {
            showNodes(stored);
            nodesError.set("");
        }, e -> nodesError.set(Messages.of(i18n, e)));
    }

    /** The refusal of the last change of the nodes, or "". */
    public ReadOnlyStringProperty nodesErrorProperty() {
        return nodesError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
