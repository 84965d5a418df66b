struct S {
    private static let key = 3
}
print(S.key)
