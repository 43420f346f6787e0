// The main() of a fuzz target outside the fuzz preset: runs every file of
// the target's seed corpus (or the files and directories given) through
// LLVMFuzzerTestOneInput once, so that CTest keeps the targets building and
// the seeds passing. No mutation happens here.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace fs = std::filesystem;

namespace {

void collect(const fs::path &path, std::vector<fs::path> &files)
{
    if (fs::is_directory(path)) {
        std::vector<fs::path> entries;
        for (const fs::directory_entry &entry : fs::directory_iterator(path)) {
            if (entry.is_regular_file())
                entries.push_back(entry.path());
        }
        std::sort(entries.begin(), entries.end());
        files.insert(files.end(), entries.begin(), entries.end());
    } else {
        files.push_back(path);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<fs::path> files;
    if (argc > 1) {
        for (int i = 1; i < argc; ++i)
            collect(argv[i], files);
    } else {
        collect(SIPDESK_FUZZ_CORPUS, files);
    }
    if (files.empty()) {
        std::fprintf(stderr, "no inputs to replay\n");
        return 1;
    }
    LLVMFuzzerTestOneInput(nullptr, 0);
    for (const fs::path &file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", file.c_str());
            return 1;
        }
        const std::string data { std::istreambuf_iterator<char>(in), {} };
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.data()), data.size());
    }
    std::printf("replayed %zu inputs\n", files.size());
    return 0;
}
