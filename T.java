class T {
    var f = 1;
    static int main() { return 0; }
}
