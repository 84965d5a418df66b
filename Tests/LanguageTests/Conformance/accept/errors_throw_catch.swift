enum InputError: Error {
    case empty
    case tooLong(Int)
}
func validate(_ text: String) throws -> String {
    if text.isEmpty { throw InputError.empty }
    if text.count > 5 { throw InputError.tooLong(text.count) }
    return text.uppercased()
}
for text in ["ok", "", "much too long"] {
    do {
        let result = try validate(text)
        print("valid", result)
    } catch InputError.empty {
        print("empty input")
    } catch InputError.tooLong(let length) where length > 10 {
        print("far too long:", length)
    } catch {
        print("other", error)
    }
}
