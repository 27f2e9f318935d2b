public class EnumSwitch {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String kind(Day d) {
        switch (d) {
            case SAT:
            case SUN:
                return "weekend";
            default:
                return "weekday";
        }
    }

    static int letters(Day d) {
        return switch (d) {
            case MON, FRI, SUN -> 6;
            case TUE -> 7;
            case WED -> { int n = 9; yield n; }
            case THU, SAT -> 8;
        };
    }

    static String arrow(Day d) {
        String r = "";
        switch (d) {
            case MON -> r = "start";
            case FRI -> r = "end";
            default -> { }
        }
        return r;
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + kind(d) + " " + letters(d) + " " + arrow(d));
        Day none = null;
        System.out.println(letters(none));
    }
}
