"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FLUX_TEST_RECIPIENT = exports.PUBLISHED_TEST_KEYS = void 0;
exports.publishedTestKey = publishedTestKey;
/** Every known published test recipient. */
exports.PUBLISHED_TEST_KEYS = [
    {
        // the recipient of the shipped .sops.yaml
        recipient: 'age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29',
        source: 'fluxcd/kustomize-controller internal/controller/testdata/sops/keys/age.txt',
    },
    {
        recipient: 'age1henwn645drkd3fa34t27t2w2x0nsgw3w4h62gmg5x5xflyjpy38s5cncph',
        source: 'fluxcd/kustomize-controller internal/controller/testdata/sops/keys/age-global.txt',
    },
    {
        recipient: [
            'age1pq1ehusfwsvrente8p6gafr4jemv2urnqfm4c59ng5dgqqzlk2vv9rcekpjxws7tsy23geqnpy2zqjkx72zsw2cwtg74wk0zlrqh9scwxj',
            'efplydjur43gk8udye4fpcwpm9rmyh948c8ynu75cqagsge4y4y93nyg3zh8a4fkv877r0zpg56lkxlyu5xu0xd5wpwc5hp6skug803g9xctj5',
            'hzeveq5mrm6wxq2z3fm2mqqwsgqeqntkcr9cdepvzc8hwy6glz9y3esw6fcdur4qt4cxx73ff37p8wqrpmmv3tttf3yzl93ekd4c6ah8wdgtyq',
            'tz32423dsdty2yh5gx9qyw08aq0t0nf9x93eqqfpnf9248he5sadyujvszznymazmad4f28ytk5demrx869a70mqvz7z93cwqd3lw2s3gupfmj',
            'mj9cc5gy2acqkt2qgn8kuvc6agny9u6y4u23wgu57npfdv93tvjls0ywvmuf3az7f3suag3t8ffy8s8zykv54dkf3ew8dgs3jtftkvnheujvjx',
            'nvyvn3z393ysced3gxsrwvqymvmqmm9jau2mr7t4jczcvpq6tzfmzfppztqpkwwp6x3ua8d2lccca05wwy0uyjvcmz4qm8z28z3f804gnfweqg',
            'vfqt40k9jswwxg20ve59pcujlmzw3ut8zlnqw0ugwv2cm4xcptmw98vkr40ykjc5ujursd8dl3mhf9yt3fag9lkcxw20s2vzy4hqzyxqj34t8y',
            '86lqkznd2w8dzggyjz9wqs4jsss5j2p3v0ag2h7x90270qdn7tuxwy0cgyle209y2sg3r32gkgjamt2c8slegzjwtrtjd3927wqtrkhun6krup',
            '4vpg5r02vhzmjuyl6dr2l5pxtehtg6pr2v57uc74t9gscvpgmmzfs5qjvlzfes68akvx0dc86d0dpelgq96rdnrtts2s7m3du4wpwa332g08ze',
            '5u86kkzmnqvlpp2g4zdres9pcgyv9cfxkecr9jcn5jk470aq6n0xqn9z49y6keq30z7vdhp9ntpf6vxaxcrauyfzmhjtf5dqglg7zfvfsv0qsc',
            'yhpzer4ez66p2xrm2pmrk3gdyak6sqf8rqqnsyyc3jcq7l5f8k26my7jy65mqmpyguu0as9s3v9jjzgavvpraxg9jnnx5fq5mfp5f6fde2xd8c',
            'm4ceeg50w8xvlgsl3vpqdzdeyww63ryk9w98qfzjv8pjsj27z6l52z2f2t0l82ggmxyk9jxmp6vsf5shte2w3wwjnwzq9mpun6n0efwyfwgfc3',
            'ju445v7706u7srkhr9te0h3kappsdgcav6j7225xhsnzpu2z6dffx55zpa37c0887ysvnvpye488s6h22dm8fx9kew6r3dm7s6ngxqhq0szedf',
            'ycc372w60ywnyz55xax6j2n098w2aqauku4m0a3eng79rgk0fv5urkvyuzpk3fg3xak7vq07r45aaspc0p9umr7pcs56pcf93z6e6g4rk4zgzc',
            'jg4ade38t2p53hckjyt24xcyuy5vheepjzgffnwrzxvydjmhya4d5uej44rjzlgj7jxyd5qrdpt8gyees3ywdwvxpquxpjlpjjkzewquvtrevh',
            'nqznveyfwqfc50u98t5rue0ehwltnqp6d7umz3aftga0z5s9f90av03h504yxm0tntvs4q5478gm0tnp6l24ydavzfn98fxrzjv380xyj47f5k',
            '9de5dtcysykzxykv9ku64dh6gv42tke8c9yznpkex9l6a3u3jetzkle4734ynhmq5jvrqmfj8r4s4e3ggxdxam82sv9zucknndx7u906k3ggm6',
            'em683j5falsjxnyuyt7klgemfh6exwnww8kytyzj9yek6awvndkgfqakw8zlmmtjtd4gxvgy2d3fh0afyx54pme6z',
        ].join(''),
        source: 'fluxcd/kustomize-controller internal/controller/testdata/sops/keys/age-pq.txt',
    },
    {
        recipient: 'age1lzd99uklcjnc0e7d860axevet2cz99ce9pq6tzuzd05l5nr28ams36nvun',
        source: 'getsops/sops age/keysource_test.go (mockRecipient, mockIdentity)',
    },
];
/** The Flux kustomize-controller test recipient that the shipped .sops.yaml uses. */
exports.FLUX_TEST_RECIPIENT = exports.PUBLISHED_TEST_KEYS[0].recipient;
/** The published test key a recipient belongs to, if any. */
function publishedTestKey(recipient) {
    return exports.PUBLISHED_TEST_KEYS.find((k) => k.recipient === recipient.trim());
}
