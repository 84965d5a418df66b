/// `Character` members: Unicode properties (`isLetter`, `isNumber`, `isUppercase`...),
/// `asciiValue`, `wholeNumberValue` and case conversion, which gives a String as in Swift.
enum CharacterMethods {
    static func property(_ character: Character, _ name: String) -> Value? {
        switch name {
        case "isLetter": return .bool(character.isLetter)
        case "isNumber": return .bool(character.isNumber)
        case "isWholeNumber": return .bool(character.isWholeNumber)
        case "isUppercase": return .bool(character.isUppercase)
        case "isLowercase": return .bool(character.isLowercase)
        case "isCased": return .bool(character.isCased)
        case "isWhitespace": return .bool(character.isWhitespace)
        case "isNewline": return .bool(character.isNewline)
        case "isPunctuation": return .bool(character.isPunctuation)
        case "isSymbol": return .bool(character.isSymbol)
        case "isASCII": return .bool(character.isASCII)
        case "isHexDigit": return .bool(character.isHexDigit)
        case "asciiValue": return character.asciiValue.map { .host($0) } ?? Value.none
        case "wholeNumberValue": return character.wholeNumberValue.map { .int($0) } ?? Value.none
        case "hexDigitValue": return character.hexDigitValue.map { .int($0) } ?? Value.none
        case "description": return .string(String(character))
        default: return nil
        }
    }

    static func call(_ character: Character, _ call: MethodCall) -> Value? {
        switch call.name {
        case "uppercased": return .string(character.uppercased())
        case "lowercased": return .string(character.lowercased())
        default: return nil
        }
    }
}
