class Switch {
    static int classify(char c) {
        int r = 0;
        switch (c) {
            case 'a': r = 1;
            case 'b': r += 10; break;
            default: r = -1;
            case 'z': r = r * 2;
        }
        return r;
    }
    static int main() { return classify('a'); }
}
