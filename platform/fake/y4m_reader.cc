// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/y4m_reader.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "platform/fake/fake_error.h"

namespace mediacapture {

namespace {

constexpr char kMagic[] = "YUV4MPEG2";
// A stream header is a handful of short tags; one longer than this is not a
// Y4M file (and we never read an unbounded line).
constexpr size_t kMaxStreamHeaderBytes = 1024;
// "FRAME" plus optional parameters (rarely any).
constexpr size_t kMaxFrameHeaderBytes = 256;
// Indexing stops here: an hour at 30 fps, and an index of under 1 MB even
// for a file of tiny frames.
constexpr size_t kMaxFrames = 108000;

Status BadHeader(const std::string& path, const std::string& why) {
  return Status::Error(ErrorCategory::kInternal, kFakeY4mBadHeader,
                       path + " is not a usable Y4M file: " + why);
}

// A positive decimal integer no larger than |max|, the whole of |text|.
bool ParsePositive(const std::string& text, long max, long* value) {
  if (text.empty() || text[0] < '0' || text[0] > '9')
    return false;
  errno = 0;
  char* end = nullptr;
  *value = std::strtol(text.c_str(), &end, 10);
  return errno == 0 && *end == '\0' && *value > 0 && *value <= max;
}

std::vector<std::string> SplitSpaces(const std::string& line) {
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos)
      end = line.size();
    if (end > start)
      tokens.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

}  // namespace

// static
std::unique_ptr<Y4mReader> Y4mReader::Open(const std::string& path,
                                           Status* status) {
  std::unique_ptr<ReadOnlyFile> file = ReadOnlyFile::Open(path, status);
  if (!file)
    return nullptr;
  std::unique_ptr<Y4mReader> reader(new Y4mReader(std::move(file)));
  int64_t header_end = 0;
  *status = reader->ParseStreamHeader(&header_end);
  if (!status->ok())
    return nullptr;
  *status = reader->IndexFrames(header_end);
  if (!status->ok())
    return nullptr;
  return reader;
}

Status Y4mReader::ParseStreamHeader(int64_t* header_end) {
  const std::string& path = file_->path();
  char buffer[kMaxStreamHeaderBytes];
  int64_t read = file_->ReadAt(0, buffer, sizeof(buffer));
  if (read < 0) {
    return Status::Error(ErrorCategory::kInternal, kFakeFileReadFailed,
                         "cannot read " + path);
  }
  const char* newline =
      static_cast<const char*>(std::memchr(buffer, '\n', read));
  if (!newline)
    return BadHeader(path, "no stream header line");
  std::string line(buffer, newline - buffer);
  *header_end = newline - buffer + 1;

  std::vector<std::string> tokens = SplitSpaces(line);
  if (tokens.empty() || tokens[0] != kMagic)
    return BadHeader(path, "it does not start with YUV4MPEG2");
  bool has_width = false;
  bool has_height = false;
  std::string color_space = "420jpeg";
  for (size_t i = 1; i < tokens.size(); ++i) {
    const std::string& token = tokens[i];
    std::string value = token.substr(1);
    long number = 0;
    switch (token[0]) {
      case 'W':
        if (!ParsePositive(value, kMaxWidth, &number))
          return BadHeader(path, "bad width '" + value + "'");
        width_ = static_cast<int>(number);
        has_width = true;
        break;
      case 'H':
        if (!ParsePositive(value, kMaxHeight, &number))
          return BadHeader(path, "bad height '" + value + "'");
        height_ = static_cast<int>(number);
        has_height = true;
        break;
      case 'F': {
        size_t colon = value.find(':');
        long numerator = 0;
        long denominator = 0;
        if (colon == std::string::npos ||
            !ParsePositive(value.substr(0, colon), 1000000000, &numerator) ||
            !ParsePositive(value.substr(colon + 1), 1000000000, &denominator)) {
          return BadHeader(path, "bad frame rate '" + value + "'");
        }
        frame_rate_ = static_cast<double>(numerator) / denominator;
        if (frame_rate_ < 0.1 || frame_rate_ > 1000)
          return BadHeader(path, "frame rate '" + value + "' out of range");
        break;
      }
      case 'C':
        color_space = value;
        break;
      default:
        // I (interlacing), A (pixel aspect), X (comments): not ours to use.
        break;
    }
  }
  if (!has_width || !has_height)
    return BadHeader(path, "no W or H");
  if (color_space == "420jpeg" || color_space == "420paldv" ||
      color_space == "420mpeg2" || color_space == "420") {
    color_space_ = ColorSpace::k420;
  } else if (color_space == "mono") {
    color_space_ = ColorSpace::kMono;
  } else {
    return Status::Error(ErrorCategory::kUnsupported,
                         kFakeY4mUnsupportedColorSpace,
                         path + ": colour space C" + color_space +
                             " is not supported (only 8-bit 4:2:0 and mono)");
  }
  return Status::Ok();
}

size_t Y4mReader::frame_bytes() const {
  size_t luma = static_cast<size_t>(width_) * height_;
  if (color_space_ == ColorSpace::kMono)
    return luma;
  size_t chroma = static_cast<size_t>((width_ + 1) / 2) * ((height_ + 1) / 2);
  return luma + 2 * chroma;
}

Status Y4mReader::IndexFrames(int64_t first_frame) {
  const int64_t size = file_->Size();
  const int64_t bytes = static_cast<int64_t>(frame_bytes());
  int64_t offset = first_frame;
  while (offset < size && frame_offsets_.size() < kMaxFrames) {
    char header[kMaxFrameHeaderBytes];
    int64_t read = file_->ReadAt(offset, header, sizeof(header));
    // Anything but a well-formed FRAME line ends the usable part.
    if (read < 6 || std::memcmp(header, "FRAME", 5) != 0 ||
        (header[5] != '\n' && header[5] != ' '))
      break;
    const char* newline =
        static_cast<const char*>(std::memchr(header, '\n', read));
    if (!newline)
      break;
    int64_t pixels = offset + (newline - header) + 1;
    if (pixels + bytes > size)
      break;  // A truncated last frame.
    frame_offsets_.push_back(pixels);
    offset = pixels + bytes;
  }
  if (frame_offsets_.empty()) {
    return Status::Error(ErrorCategory::kInternal, kFakeY4mNoFrames,
                         file_->path() + " has no complete " +
                             std::to_string(width_) + "x" +
                             std::to_string(height_) + " frame");
  }
  return Status::Ok();
}

Status Y4mReader::Configure(const VideoCaptureParams& params) {
  if (params.width != width_ || params.height != height_ ||
      params.frame_rate < 0 || params.frame_rate > 1000) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeBadParams,
                         file_->path() + " plays at " + std::to_string(width_) +
                             "x" + std::to_string(height_) + " only");
  }
  return Status::Ok();
}

Status Y4mReader::NextFrame(uint64_t sequence, VideoFrame* frame) {
  (void)sequence;
  if (frame->width != width_ || frame->height != height_)
    frame->Allocate(width_, height_);
  const size_t bytes = frame_bytes();
  int64_t read =
      file_->ReadAt(frame_offsets_[next_frame_], frame->data.data(), bytes);
  if (read != static_cast<int64_t>(bytes)) {
    return Status::Error(ErrorCategory::kDeviceLost, kFakeFileReadFailed,
                         file_->path() + " shrank or failed while playing");
  }
  if (color_space_ == ColorSpace::kMono)
    std::memset(frame->u(), 128, frame->data.size() - bytes);
  next_frame_ = (next_frame_ + 1) % frame_count();
  return Status::Ok();
}

}  // namespace mediacapture
